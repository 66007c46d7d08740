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
   * {@code i}. {@code key} describes the partitioning key for humans ({@code word: string}).
   */
  record Shuffle(String producer, int partitions, Partitioning partitioning, String key)
      implements InputChannel {
    public Shuffle {
      producer = Require.text(producer, "producer");
      partitioning = partitioning == null ? Partitioning.HASH : partitioning;
      key = Require.text(key, "key");
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(producer);
    }
  }

  /** All of {@code producer}'s broadcast output, read whole by every task of the stage. */
  record Broadcast(String producer) implements InputChannel {
    public Broadcast {
      producer = Require.text(producer, "producer");
    }

    @Override
    public Optional<String> upstream() {
      return Optional.of(producer);
    }
  }
}
