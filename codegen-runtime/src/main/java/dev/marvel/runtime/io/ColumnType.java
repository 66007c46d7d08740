package dev.marvel.runtime.io;

/**
 * How a reader parses a projected column, one constant per Marvel schema type. {@code STRING}
 * stays a byte slice; the others are parsed while reading, so a bad value is a bad record of
 * the reader (counted or reported with its position), not an error in generated code.
 */
public enum ColumnType {
  STRING("string"),
  INT("int"),
  LONG("long"),
  DOUBLE("double"),
  BOOL("bool"),
  /** Days since 1970-01-01, written {@code yyyy-MM-dd}. */
  DATE("date");

  private final String marvelName;

  ColumnType(String marvelName) {
    this.marvelName = marvelName;
  }

  /** The type's name in the Marvel language. */
  public String marvelName() {
    return marvelName;
  }
}
