package dev.marvel.optimizer;

import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.RowExpr;
import java.util.ArrayList;
import java.util.List;

/** The {@code and}-ed parts of a condition, taken apart and put back together. */
final class Conjuncts {

  private Conjuncts() {}

  static List<RowExpr> split(RowExpr condition) {
    List<RowExpr> out = new ArrayList<>();
    collect(condition, out);
    return out;
  }

  private static void collect(RowExpr e, List<RowExpr> out) {
    if (e instanceof Binary b && b.op() == BinaryOp.AND) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else {
      out.add(e);
    }
  }

  /** {@code c1 and c2 and ...}, left-nested; {@code parts} must not be empty. */
  static RowExpr and(List<RowExpr> parts) {
    RowExpr acc = parts.get(0);
    for (RowExpr p : parts.subList(1, parts.size())) {
      acc = Binary.of(BinaryOp.AND, acc, p, acc.span().to(p.span()));
    }
    return acc;
  }
}
