package dev.marvel.runtime.task;

/**
 * One of several outputs a task writes through its {@link ShuffleOutput}: partitions
 * {@code [first, first + partitions)} of it. A scan that feeds two shuffles (two aggregations of
 * one input, a join and an aggregation) writes each through its own channel; a consumer reads its
 * range from the producer's map output ({@link TaskContext#shuffle(String, int)}).
 */
public final class ShuffleChannel {
  private final ShuffleOutput out;
  private final int first;
  private final int partitions;

  ShuffleChannel(ShuffleOutput out, int first, int partitions) {
    if (first < 0 || partitions < 1 || first + partitions > out.partitions()) {
      throw new IllegalArgumentException("partitions [" + first + ", " + (first + partitions)
          + ") are not within the task's " + out.partitions() + " map output partitions");
    }
    this.out = out;
    this.first = first;
    this.partitions = partitions;
  }

  public int partitions() {
    return partitions;
  }

  public void write(KeyWriter key, RowWriter value) {
    write(key.buffer(), 0, key.length(), value.buffer(), 0, value.length());
  }

  /** A record without a key (a broadcast, a single-partition shuffle): goes to the channel's first partition. */
  public void write(RowWriter value) {
    out.write(first, value.buffer(), 0, 0, value.buffer(), 0, value.length());
  }

  /** A record to the channel's partition of its key's hash. */
  public void write(byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen) {
    int p = partitions == 1 ? 0 : Partitioner.partition(key, keyOff, keyLen, partitions);
    out.write(first + p, key, keyOff, keyLen, value, valueOff, valueLen);
  }

  /** A record to the channel's partition {@code p}, whatever its key. */
  public void write(int p, byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen) {
    out.write(first + p, key, keyOff, keyLen, value, valueOff, valueLen);
  }
}
