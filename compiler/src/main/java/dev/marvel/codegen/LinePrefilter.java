package dev.marvel.codegen;

import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.Matches;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.stdlib.RequiredLiteral;
import java.util.List;

/**
 * Finds a literal that a text line must contain for any of its rows to get past the operators
 * reading it: every consumer is an {@code explode … regex_matches(line, "constant")} or a filter
 * whose condition requires {@code line matches "constant"}, and their patterns share one required
 * literal ({@link RequiredLiteral#inLineBytes}). The read then passes over the other lines
 * without delimiting them ({@code TextInput.nextContaining}).
 */
final class LinePrefilter {
  private LinePrefilter() {}

  /** The literal, or null when some consumer may want a line without it. */
  static String literal(List<OperatorCode.Consumer> consumers) {
    String common = null;
    for (OperatorCode.Consumer c : consumers) {
      String literal = c.op() == null ? null : required(c.op());
      if (literal == null || (common != null && !common.equals(literal))) {
        return null;
      }
      common = literal;
    }
    return common;
  }

  private static String required(PlanNode op) {
    if (op instanceof FlatMap f) {
      RegexMatchesPattern grep = RegexMatchesPattern.match(f.list());
      return grep != null && isLine(grep.text()) ? literalOf(grep.pattern()) : null;
    }
    if (op instanceof Filter f) {
      return required(f.condition());
    }
    return null;
  }

  /** A literal the line contains whenever {@code condition} is true (not merely not false). */
  private static String required(RowExpr condition) {
    if (condition instanceof Matches m && isLine(m.value()) && m.pattern() instanceof Literal l
        && l.value() instanceof String pattern) {
      return literalOf(pattern);
    }
    if (condition instanceof Binary b && b.op() == BinaryOp.AND) {
      String left = required(b.left());
      return left != null ? left : required(b.right());
    }
    return null;
  }

  /** The text source's only column. */
  private static boolean isLine(RowExpr e) {
    return e instanceof ColumnRef c && c.index() == 0;
  }

  private static String literalOf(String pattern) {
    return RequiredLiteral.inLineBytes(pattern).isPresent() ? RequiredLiteral.of(pattern).orElseThrow() : null;
  }
}
