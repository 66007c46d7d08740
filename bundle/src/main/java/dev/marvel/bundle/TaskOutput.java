package dev.marvel.bundle;

/**
 * Where one task attempt writes, as references. Shuffle and broadcast output is keyed in the
 * shuffle store by the payload's {@code (jobId, stageId, task, attempt)} and the partition.
 */
public sealed interface TaskOutput {

  record Shuffle(int partitions, boolean combiner) implements TaskOutput {}

  /** Files for sink {@code sink} go under {@code attemptDir}, which the committer promotes. */
  record ToSink(String sink, String attemptDir) implements TaskOutput {
    public ToSink {
      sink = Require.text(sink, "sink");
      attemptDir = Require.text(attemptDir, "attemptDir");
    }
  }

  record Broadcast() implements TaskOutput {}
}
