package dev.marvel.bundle;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** Where a stage's rows come from. */
public sealed interface InputChannel {

  /** The stage this channel reads from, or empty for a source read from storage. */
  Optional<String> upstream();

  /**
   * Files read through input splits: one task per split. {@code paths} may be files,
   * directories or globs ({@code file://} or {@code hdfs://}); {@code options} are the reader's
   * (CSV {@code header}, {@code delimiter}, …).
   */
  record Splits(List<String> paths, String format, long splitSize, SortedMap<String, String> options)
      implements InputChannel {
    public Splits {
      paths = List.copyOf(paths);
      format = Require.text(format, "format");
      options = Require.sorted(options);
    }

    @Override
    public Optional<String> upstream() {
      return Optional.empty();
    }
  }

  /**
   * One partition of {@code producer}'s shuffle output per task: task {@code i} reads partition
   * {@code firstPartition + i} of the producer's map output, whose shuffle and broadcast outputs
   * take consecutive partition ranges in output order (0 unless the producer has several).
   * {@code key} describes the partitioning key for humans ({@code word: string}).
   */
  record Shuffle(String producer, int partitions, Partitioning partitioning, String key, int firstPartition)
      implements InputChannel {
    public Shuffle {
      producer = Require.text(producer, "producer");
      partitioning = partitioning == null ? Partitioning.HASH : partitioning;
      key = Require.text(key, "key");
    }

    /** A shuffle input from a producer's first (usually only) map output. */
    public Shuffle(String producer, int partitions, Partitioning partitioning, String key) {
      this(producer, partitions, partitioning, key, 0);
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(producer);
    }
  }

  /**
   * All of {@code producer}'s broadcast output, read whole by every task of the stage: partition
   * {@code partition} of the producer's map output (see {@link Shuffle}).
   */
  record Broadcast(String producer, int partition) implements InputChannel {
    public Broadcast {
      producer = Require.text(producer, "producer");
    }

    /** A broadcast that is its producer's first (usually only) map output. */
    public Broadcast(String producer) {
      this(producer, 0);
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(producer);
    }
  }
}
