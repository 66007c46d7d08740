package dev.marvel.codegen;

import dev.marvel.source.Span;

/**
 * A construct the code generator does not compile yet (or a UDF it cannot find): reported to the
 * user as an error at {@code span}, never turned into wrong output.
 */
public final class UnsupportedPlanException extends RuntimeException {
  private final transient Span span;

  public UnsupportedPlanException(String message, Span span) {
    super(message);
    this.span = span;
  }

  public Span span() {
    return span;
  }
}
