package dev.marvel.bundle;

import java.util.List;

/** What one task reads, as references. */
public sealed interface TaskInput {

  /** Bytes {@code [start, start + length)} of a file; a reader aligns to record boundaries. */
  record Split(String path, long start, long length) implements TaskInput {
    public Split {
      path = Require.text(path, "path");
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
