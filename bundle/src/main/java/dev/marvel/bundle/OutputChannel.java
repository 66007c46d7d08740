package dev.marvel.bundle;

/** Where a stage's rows go. */
public sealed interface OutputChannel {

  /** Rows partitioned into {@code partitions}; {@code combiner}: pre-aggregated per task. */
  record Shuffle(int partitions, boolean combiner) implements OutputChannel {}

  /**
   * Rows written to the plan's sink {@code sink} (format and path live in {@link Sink}, the
   * single place a sink is described).
   */
  record ToSink(String sink) implements OutputChannel {
    public ToSink {
      sink = Require.text(sink, "sink");
    }
  }

  /** Rows every task of a consuming stage reads whole (the small side of a broadcast join). */
  record Broadcast() implements OutputChannel {}
}
