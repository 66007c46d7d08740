package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import dev.marvel.plan.SortKey;
import dev.marvel.plan.Source;
import java.util.List;

/**
 * Where a stage's rows come from. Every channel provides the rows of one plan node
 * ({@link #rows()}). Splits feed every operator of the stage that reads their source; a shuffle or
 * broadcast feeds exactly input {@code inputIndex} of operator {@code consumer} (which matters when
 * one operator reads the same node twice, as a self-join does).
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
  record ShufflePartition(String channel, String fromStage, PlanNode rows, Partitioning partitioning,
      PlanNode consumer, int inputIndex) implements InputChannel {}

  /** All rows of {@code channel}, written by {@code fromStage} and read whole by every task. */
  record Broadcast(String channel, String fromStage, PlanNode rows, PlanNode consumer, int inputIndex)
      implements InputChannel {}

  /** The range boundaries a sample stage computed for this stage's range-partitioned output. */
  record RangeBoundaries(String channel, String fromStage, PlanNode rows, List<SortKey> keys)
      implements InputChannel {
    public RangeBoundaries {
      keys = List.copyOf(keys);
    }
  }
}
