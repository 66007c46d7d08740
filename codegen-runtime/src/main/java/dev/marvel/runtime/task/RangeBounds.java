package dev.marvel.runtime.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The partition boundaries of a global sort, from a sample of sort keys ({@link KeyWriter}
 * bytes): as Hadoop's TotalOrderPartitioner, partition {@code i} gets the keys above boundary
 * {@code i-1} and up to boundary {@code i}, so equal keys share a partition and partitions read in
 * order are sorted. Sampling keeps a key when its hash falls under the sampled fraction, which is
 * the same on every task and every run.
 */
public final class RangeBounds {
  private final byte[][] bounds;

  private RangeBounds(byte[][] bounds) {
    this.bounds = bounds;
  }

  /** Whether a row with this sort key belongs to the sample. */
  public static boolean sampled(KeyWriter key, double fraction) {
    int h = Partitioner.murmur3(key.buffer(), 0, key.length()) & Integer.MAX_VALUE;
    return h < fraction * Integer.MAX_VALUE;
  }

  /** Boundaries for {@code partitions} partitions from every sampled key the sample stage broadcast. */
  public static RangeBounds from(ShuffleInput samples, int partitions) {
    List<byte[]> keys = new ArrayList<>();
    RowReader row = new RowReader();
    dev.marvel.runtime.io.ByteSlice key = new dev.marvel.runtime.io.ByteSlice();
    while (samples.next()) {
      keys.add(row.reset(samples.value(), 1).readSlice(key).toByteArray());
    }
    keys.sort(Arrays::compareUnsigned);
    byte[][] bounds = new byte[keys.isEmpty() ? 0 : partitions - 1][];
    for (int i = 0; i < bounds.length; i++) {
      // The key ending the (i+1)-th of `partitions` equal shares of the sample.
      bounds[i] = keys.get((int) Math.max(0, (long) (i + 1) * keys.size() / partitions - 1));
    }
    return new RangeBounds(bounds);
  }

  /** The partition of a row with this sort key: how many boundaries are below it. */
  public int partition(KeyWriter key) {
    int lo = 0;
    int hi = bounds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Arrays.compareUnsigned(bounds[mid], 0, bounds[mid].length, key.buffer(), 0, key.length()) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
