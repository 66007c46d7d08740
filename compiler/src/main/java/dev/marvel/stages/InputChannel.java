package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import dev.marvel.plan.SortKey;
import dev.marvel.plan.Source;
import java.util.List;

/**
 * Where a stage's rows come from. Every channel except {@link RangeBoundaries} provides the rows of
 * one plan node ({@link #rows()}): an operator of the stage whose input is that node reads the
 * channel instead of a fused producer.
 */
public sealed interface InputChannel {

  /** The plan node whose output rows arrive on this channel (its schema is the rows' schema). */
  PlanNode rows();

  /** The splits of a source's files: each task reads one split. */
  record Splits(Source source) implements InputChannel {
    @Override
    public PlanNode rows() {
      return source;
    }
  }

  /** This task's partition of shuffle {@code channel}, written by stage {@code fromStage}. */
  record ShufflePartition(String channel, String fromStage, PlanNode rows, Partitioning partitioning)
      implements InputChannel {}

  /** All rows of {@code channel}, written by {@code fromStage} and read whole by every task. */
  record Broadcast(String channel, String fromStage, PlanNode rows) implements InputChannel {}

  /** The range boundaries a sample stage computed for this stage's range-partitioned output. */
  record RangeBoundaries(String channel, String fromStage, PlanNode rows, List<SortKey> keys)
      implements InputChannel {
    public RangeBoundaries {
      keys = List.copyOf(keys);
    }
  }
}
