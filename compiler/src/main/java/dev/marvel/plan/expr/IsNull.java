package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** {@code value is [not] null}. */
public record IsNull(RowExpr value, boolean negated, Span span) implements RowExpr {

  @Override
  public Type type() {
    return Type.BOOL;
  }

  @Override
  public List<RowExpr> children() {
    return List.of(value);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new IsNull(children.get(0), negated, span);
  }
}
