package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** Column {@code index} of the input row; {@code name} is for display only ({@code r.pageURL}). */
public record ColumnRef(int index, String name, Type type, Span span) implements RowExpr {

  public ColumnRef withIndex(int newIndex) {
    return newIndex == index ? this : new ColumnRef(newIndex, name, type, span);
  }

  @Override
  public List<RowExpr> children() {
    return List.of();
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return this;
  }
}
