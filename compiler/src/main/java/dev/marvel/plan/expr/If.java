package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** {@code if condition then a else b}; both branches have {@code type}. */
public record If(RowExpr condition, RowExpr then, RowExpr otherwise, Type type, Span span) implements RowExpr {

  @Override
  public List<RowExpr> children() {
    return List.of(condition, then, otherwise);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new If(children.get(0), children.get(1), children.get(2), type, span);
  }
}
