package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** Removes duplicate rows (all columns compared). */
public record Distinct(PlanNode input, Span span) implements PlanNode {

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
    return new Distinct(inputs.get(0), span);
  }

  @Override
  public String nodeName() {
    return "Distinct";
  }
}
