package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** {@code value [not] between low and high}, inclusive; all three have the same type. */
public record Between(RowExpr value, RowExpr low, RowExpr high, boolean negated, Span span) implements RowExpr {

  @Override
  public Type type() {
    return Type.BOOL;
  }

  @Override
  public List<RowExpr> children() {
    return List.of(value, low, high);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Between(children.get(0), children.get(1), children.get(2), negated, span);
  }
}
