package dev.marvel.stages;

import java.util.List;
import java.util.Optional;

/**
 * An optimized pipeline cut at its shuffles: stages in an order where every stage comes after the
 * stages it reads from (the driver may run independent stages concurrently). Stage and channel ids
 * are deterministic ({@code s1}, {@code c1}, …).
 */
public record StagePlan(String pipeline, List<Stage> stages) {

  public StagePlan {
    stages = List.copyOf(stages);
  }

  public Optional<Stage> stage(String id) {
    return stages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Where the partitions an input channel reads start in its producer's map output
   * ({@link Stage#firstPartition}); 0 for splits.
   */
  public int firstPartition(InputChannel in) {
    String from;
    String channel;
    if (in instanceof InputChannel.ShufflePartition p) {
      from = p.fromStage();
      channel = p.channel();
    } else if (in instanceof InputChannel.Broadcast b) {
      from = b.fromStage();
      channel = b.channel();
    } else if (in instanceof InputChannel.RangeBoundaries r) {
      from = r.fromStage();
      channel = r.channel();
    } else {
      return 0;
    }
    return stage(from).orElseThrow(() -> new IllegalArgumentException("no stage " + from))
        .firstPartition(channel);
  }

  /** All shuffle channels between stages, in stage order. */
  public List<OutputChannel.Shuffle> shuffles() {
    return stages.stream().flatMap(s -> s.outputs().stream())
        .filter(OutputChannel.Shuffle.class::isInstance).map(OutputChannel.Shuffle.class::cast).toList();
  }
}
