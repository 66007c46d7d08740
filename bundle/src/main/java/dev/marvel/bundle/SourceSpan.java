package dev.marvel.bundle;

/** Where an operator of a stage is written in the DSL source: {@code wordcount.mvl:3:12}. */
public record SourceSpan(String operator, String file, int line, int column) {

  public SourceSpan {
    operator = Require.text(operator, "operator");
    file = Require.text(file, "file");
  }

  /** {@code file:line:col}, as compilers print locations. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
