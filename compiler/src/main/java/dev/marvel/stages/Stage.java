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

  /**
   * Where channel {@code channel}'s partitions start in this stage's map output. A task writes
   * one map output; its shuffle, broadcast and range-boundary channels, in output order, take
   * consecutive partition ranges of it ({@link #width}), so one scan can feed several shuffles.
   */
  public int firstPartition(String channel) {
    int first = 0;
    for (OutputChannel out : outputs) {
      if (channel.equals(out.channel())) {
        return first;
      }
      first += width(out);
    }
    throw new IllegalArgumentException("stage " + id + " has no output channel " + channel);
  }

  /** Where output {@code out} of this stage starts in its map output ({@link #firstPartition(String)}). */
  public int firstPartition(OutputChannel out) {
    return firstPartition(out.channel());
  }

  /** How many partitions of the map output an output channel takes: a broadcast one, a sink none. */
  public static int width(OutputChannel out) {
    if (out instanceof OutputChannel.Shuffle s) {
      return s.partitioning().partitions();
    }
    return out instanceof OutputChannel.Write ? 0 : 1;
  }

  /** The outputs that go through the map output: all but sinks. */
  public long mapOutputs() {
    return outputs.stream().filter(o -> width(o) > 0).count();
  }
}
