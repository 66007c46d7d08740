package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** {@code not b} (bool) or {@code -x} (numeric, same type as x). */
public record Unary(Op op, RowExpr operand, Span span) implements RowExpr {

  public enum Op {
    NOT, NEG
  }

  @Override
  public Type type() {
    return op == Op.NOT ? Type.BOOL : operand.type();
  }

  @Override
  public List<RowExpr> children() {
    return List.of(operand);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Unary(op, children.get(0), span);
  }
}
