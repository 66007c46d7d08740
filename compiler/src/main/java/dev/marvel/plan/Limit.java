package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** At most {@code count} rows, any of them (no order is implied without a sort). */
public record Limit(PlanNode input, long count, Span span) implements PlanNode {

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
    return new Limit(inputs.get(0), count, span);
  }

  @Override
  public String nodeName() {
    return "Limit";
  }
}
