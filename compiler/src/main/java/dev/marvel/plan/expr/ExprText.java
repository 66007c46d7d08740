package dev.marvel.plan.expr;

/** Marvel-syntax text for values outside expressions (paths, option values) in printed plans. */
public final class ExprText {

  private ExprText() {}

  /** {@code "a\"b"}: quoted with the language's escapes. */
  public static String quote(String s) {
    return ExprPrinter.quote(s);
  }
}
