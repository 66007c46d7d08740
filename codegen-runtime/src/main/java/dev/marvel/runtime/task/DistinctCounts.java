package dev.marvel.runtime.task;

import dev.marvel.runtime.spill.SortedRecords;
import java.util.Arrays;

/**
 * {@code count_distinct} on the reduce side: the distinct (group key, value) pairs come sorted by
 * their key bytes, so the pairs of one group are contiguous and in group order — key encodings are
 * self-delimiting ({@link KeyWriter}), so a group's key is a prefix of exactly its pairs. Asked for
 * the groups in ascending order, this counts each group's pairs in one pass.
 */
public final class DistinctCounts implements AutoCloseable {
  private final SortedRecords pairs;
  private boolean has;

  public DistinctCounts(SortedRecords pairs) {
    this.pairs = pairs;
    this.has = pairs.next();
  }

  /** The number of distinct values of the group {@code groupKey}; groups must be asked in ascending key order. */
  public long countFor(byte[] groupKey) {
    long n = 0;
    while (has && startsWith(pairs.key(), groupKey)) {
      n++;
      has = pairs.next();
    }
    return n;
  }

  @Override
  public void close() {
    pairs.close();
  }

  private static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }
}
