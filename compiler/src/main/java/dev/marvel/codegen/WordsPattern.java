package dev.marvel.codegen;

import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.RowExpr;

/**
 * Recognises {@code tokenize(lower(x))} and {@code tokenize(x)} of the stdlib, which explode runs
 * on the bytes of {@code x} (the runtime's {@code AsciiWords}) without a String or list per line.
 */
record WordsPattern(RowExpr text, boolean lower) {
  private static final String STDLIB = "dev.marvel.stdlib.";

  static WordsPattern match(RowExpr list) {
    if (!isStdlib(list, "tokenize")) {
      return null;
    }
    RowExpr arg = ((Call) list).args().get(0);
    if (isStdlib(arg, "lower")) {
      return new WordsPattern(((Call) arg).args().get(0), true);
    }
    return new WordsPattern(arg, false);
  }

  private static boolean isStdlib(RowExpr e, String name) {
    return e instanceof Call c && c.function().name().equals(name) && c.function().javaClass().startsWith(STDLIB)
        && c.args().size() == 1;
  }
}
