package dev.marvel.diag;

/** How bad a diagnostic is. {@link #BUG} marks a defect in marvelc itself, never the user's fault. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note"),
  BUG("internal compiler error");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
