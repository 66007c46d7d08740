package dev.marvel.stages;

import dev.marvel.plan.SortKey;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.stream.Collectors;

/** How a shuffle assigns rows to the consumer's partitions. */
public sealed interface Partitioning {

  int partitions();

  /** Text for plans; column names come from the shuffled rows' schema. */
  String display(Schema rows);

  /** By a hash of the key columns (indexes into the shuffled rows), as a join or grouping needs. */
  record Hash(List<Integer> keys, int partitions) implements Partitioning {
    public Hash {
      keys = List.copyOf(keys);
    }

    @Override
    public String display(Schema rows) {
      return "hash(" + keys.stream().map(k -> rows.get(k).display()).collect(Collectors.joining(", ")) + ") into "
          + partitions + " partitions";
    }
  }

  /**
   * By key ranges whose boundaries a sample stage computed and sent on {@code boundariesChannel}:
   * partition i holds only keys below those of partition i+1, so sorted partitions read in order
   * are a total order (Hadoop's TotalOrderPartitioner).
   */
  record Range(List<SortKey> keys, int partitions, String boundariesChannel) implements Partitioning {
    public Range {
      keys = List.copyOf(keys);
    }

    @Override
    public String display(Schema rows) {
      return "range(" + keys.stream().map(k -> k.display(rows)).collect(Collectors.joining(", ")) + ") into "
          + partitions + " partitions, boundaries from " + boundariesChannel;
    }
  }

  /** Every row to one partition: a global aggregate, a final top-k, a limit. */
  record Single() implements Partitioning {
    @Override
    public int partitions() {
      return 1;
    }

    @Override
    public String display(Schema rows) {
      return "single partition";
    }
  }

  /** Rows spread evenly without keys, to bring rows of different stages into one (a union). */
  record RoundRobin(int partitions) implements Partitioning {
    @Override
    public String display(Schema rows) {
      return "round-robin into " + partitions + " partitions";
    }
  }
}
