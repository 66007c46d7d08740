package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Sink;
import dev.marvel.plan.SortKey;
import java.util.List;
import java.util.Optional;

/** Where a stage's rows go. */
public sealed interface OutputChannel {

  /** The channel's id ({@code c1}, …); a sink's is {@code sink NAME}, for messages. */
  String channel();

  /**
   * Rows of {@code producer} (an operator of this stage, or a source it reads) partitioned to stage
   * {@code toStage}. With a {@code combiner} — a PARTIAL aggregate or top-k over {@code producer}
   * — rows are pre-combined map-side (in the task's hash table or heap, and again when spills
   * merge) and what is shuffled is the combiner's output.
   */
  record Shuffle(String channel, PlanNode producer, Optional<PlanNode> combiner, Partitioning partitioning,
      String toStage) implements OutputChannel {

    /** The node whose rows cross the shuffle: the combiner if there is one. */
    public PlanNode rows() {
      return combiner.orElse(producer);
    }
  }

  /** All rows of {@code producer}, collected and sent whole to every task of {@code toStage}. */
  record Broadcast(String channel, PlanNode producer, String toStage) implements OutputChannel {}

  /** Rows of {@code sink.input()} written as the sink says. */
  record Write(Sink sink) implements OutputChannel {
    @Override
    public String channel() {
      return "sink " + sink.dataset();
    }
  }

  /**
   * From a sample of {@code producer}'s rows, {@code partitions - 1} boundary keys for the range
   * shuffle of {@code toStage}; {@code fraction} is the share of the input the sample reads.
   */
  record RangeBoundaries(String channel, PlanNode producer, List<SortKey> keys, int partitions, double fraction,
      String toStage) implements OutputChannel {
    public RangeBoundaries {
      keys = List.copyOf(keys);
    }
  }
}
