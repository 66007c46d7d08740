package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** All rows of all inputs (duplicates kept); the inputs have the same column names and types. */
public record Union(List<PlanNode> inputs, Span span) implements PlanNode {

  public Union {
    inputs = List.copyOf(inputs);
  }

  @Override
  public Schema schema() {
    return inputs.get(0).schema();
  }

  @Override
  public PlanNode withInputs(List<PlanNode> newInputs) {
    return new Union(newInputs, span);
  }

  @Override
  public String nodeName() {
    return "Union";
  }
}
