package dev.marvel.plan;

import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explode name = list}: one output row per element of {@code list}, made of the input
 * row's columns followed by the element as column {@code name}. A null or empty list yields none.
 */
public record FlatMap(PlanNode input, String name, RowExpr list, Span span) implements PlanNode {

  public Type elementType() {
    return list.type() instanceof Type.ListOf l ? l.element() : Type.NULL;
  }

  @Override
  public Schema schema() {
    List<Column> cols = new ArrayList<>(input.schema().columns());
    cols.add(Column.of(name, elementType()));
    return new Schema(cols);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new FlatMap(inputs.get(0), name, list, span);
  }

  @Override
  public String nodeName() {
    return "FlatMap";
  }
}
