package dev.marvel.codegen;

import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.RowExpr;

/**
 * Recognises {@code regex_matches(x, "constant")} of the stdlib (a Grep), which explodes through
 * the runtime's {@code RegexScan}: one reused matcher, no list per row, and a byte-level skip of
 * the rows that lack the pattern's required literal.
 */
record RegexMatchesPattern(RowExpr text, String pattern) {
  private static final String STDLIB = "dev.marvel.stdlib.";

  static RegexMatchesPattern match(RowExpr list) {
    if (list instanceof Call c && c.function().name().equals("regex_matches")
        && c.function().javaClass().startsWith(STDLIB) && c.args().size() == 2
        && c.args().get(1) instanceof Literal l && l.value() instanceof String pattern) {
      return new RegexMatchesPattern(c.args().get(0), pattern);
    }
    return null;
  }
}
