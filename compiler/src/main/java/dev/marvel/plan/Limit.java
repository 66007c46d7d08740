package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/**
 * At most {@code count} rows, any of them (no order is implied without a sort). A PARTIAL limit
 * stops each map task after {@code count} rows; the FINAL one, in a single task, takes
 * {@code count} of those.
 */
public record Limit(PlanNode input, long count, Phase phase, Span span) implements PlanNode {

  /** An unsplit limit, as the language writes it. */
  public Limit(PlanNode input, long count, Span span) {
    this(input, count, Phase.SINGLE, span);
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
    return new Limit(inputs.get(0), count, phase, span);
  }

  @Override
  public String nodeName() {
    return phase == Phase.SINGLE ? "Limit" : "Limit[" + phase.display() + "]";
  }
}
