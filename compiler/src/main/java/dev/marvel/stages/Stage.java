package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import java.util.List;

/**
 * A fused chain of operators that runs as one task per partition or split, between shuffles: what
 * one generated action class executes in one loop. {@code operators} are the plan nodes computed
 * here, producers before consumers; an operator's input is either another operator of the stage
 * or the {@link InputChannel#rows()} of one of {@code inputs}. Sources and sinks are channels, not
 * operators.
 */
public record Stage(String id, StageKind kind, List<InputChannel> inputs, List<PlanNode> operators,
    List<OutputChannel> outputs, Parallelism parallelism) {

  public Stage {
    inputs = List.copyOf(inputs);
    operators = List.copyOf(operators);
    outputs = List.copyOf(outputs);
  }
}
