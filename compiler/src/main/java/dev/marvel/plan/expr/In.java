package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;

/** {@code value [not] in (o1, o2, ...)}; options have the value's type. */
public record In(RowExpr value, List<RowExpr> options, boolean negated, Span span) implements RowExpr {

  public In {
    options = List.copyOf(options);
  }

  @Override
  public Type type() {
    return Type.BOOL;
  }

  @Override
  public List<RowExpr> children() {
    List<RowExpr> all = new ArrayList<>(options.size() + 1);
    all.add(value);
    all.addAll(options);
    return all;
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new In(children.get(0), children.subList(1, children.size()), negated, span);
  }
}
