package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/**
 * {@code left op right}. Arithmetic and comparison operands have the same type; the result is that
 * type for arithmetic, string for concat, bool for comparisons and logic.
 */
public record Binary(BinaryOp op, RowExpr left, RowExpr right, Type type, Span span) implements RowExpr {

  /** A binary node with the type its operator gives. */
  public static Binary of(BinaryOp op, RowExpr left, RowExpr right, Span span) {
    Type t = op.isComparison() || op.isLogical() ? Type.BOOL : op == BinaryOp.CONCAT ? Type.STRING : left.type();
    return new Binary(op, left, right, t, span);
  }

  @Override
  public List<RowExpr> children() {
    return List.of(left, right);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Binary(op, children.get(0), children.get(1), type, span);
  }
}
