package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/**
 * The first {@code limit} rows in {@code keys} order ({@code order by ... | limit n}). A PARTIAL
 * top-k keeps each task's best {@code limit} rows map-side; the FINAL one picks from those.
 */
public record TopK(PlanNode input, List<SortKey> keys, long limit, Phase phase, Span span) implements PlanNode {

  public TopK {
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
    return new TopK(inputs.get(0), keys, limit, phase, span);
  }

  @Override
  public String nodeName() {
    return phase == Phase.SINGLE ? "TopK" : "TopK[" + phase.display() + "]";
  }
}
