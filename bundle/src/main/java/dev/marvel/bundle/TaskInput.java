package dev.marvel.bundle;

import java.util.List;

/** What one task reads, as references. */
public sealed interface TaskInput {

  /**
   * Bytes {@code [start, start + length)} of a file; a reader aligns to record boundaries.
   * {@code source} says which of the stage's sources (its split channels, in plan order) the file
   * belongs to: a stage that reads a union of two {@code read}s has two.
   */
  record Split(String path, long start, long length, int source) implements TaskInput {
    public Split {
      path = Require.text(path, "path");
      if (source < 0) {
        throw new IllegalArgumentException("source must not be negative, got " + source);
      }
    }

    /** A split of a stage's first (usually only) source. */
    public Split(String path, long start, long length) {
      this(path, start, length, 0);
    }

    public Split ofSource(int index) {
      return new Split(path, start, length, index);
    }

    /** {@code hdfs://nn/in.txt [0+134217728)}, as messages name a split. */
    public String describe() {
      return path + " [" + start + "+" + length + ")";
    }
  }

  /**
   * Partition {@code partition} of {@code producer}'s shuffle output. {@code producerAttempts}
   * holds, per producer task (by index), the attempt whose output was committed: the only one
   * to read.
   */
  record Partition(String producer, int partition, List<Integer> producerAttempts)
      implements TaskInput {
    public Partition {
      producer = Require.text(producer, "producer");
      producerAttempts = List.copyOf(producerAttempts);
    }
  }

  /** All of {@code producer}'s broadcast output, from the committed attempt of each task. */
  record Broadcast(String producer, List<Integer> producerAttempts) implements TaskInput {
    public Broadcast {
      producer = Require.text(producer, "producer");
      producerAttempts = List.copyOf(producerAttempts);
    }
  }
}
