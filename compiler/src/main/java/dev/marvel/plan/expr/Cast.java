package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** {@code cast(value as type)}, also the explicit form of an implicit widening (int→long→double, string→date). */
public record Cast(RowExpr value, Type type, Span span) implements RowExpr {

  @Override
  public List<RowExpr> children() {
    return List.of(value);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Cast(children.get(0), type, span);
  }
}
