package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** A total order of all rows by {@code keys}; sort expressions are computed by a Project below. */
public record Sort(PlanNode input, List<SortKey> keys, Span span) implements PlanNode {

  public Sort {
    keys = List.copyOf(keys);
  }

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
    return new Sort(inputs.get(0), keys, span);
  }

  @Override
  public String nodeName() {
    return "Sort";
  }
}
