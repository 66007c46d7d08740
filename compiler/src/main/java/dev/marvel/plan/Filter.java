package dev.marvel.plan;

import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** Keeps the rows whose {@code condition} is true (null counts as false). */
public record Filter(PlanNode input, RowExpr condition, Span span) implements PlanNode {

  @Override
  public Schema schema() {
    return input.schema();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Filter(inputs.get(0), condition, span);
  }

  @Override
  public String nodeName() {
    return "Filter";
  }
}
