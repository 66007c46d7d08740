package dev.marvel.runtime.task;

import dev.marvel.runtime.shuffle.MapOutputWriter;
import java.util.Arrays;

/**
 * A task's keyed output to a shuffle: records {@code (key, value)} go to the partition of their
 * key's hash ({@link Partitioner}), are framed as {@code varint keyLength, key, varint
 * valueLength, value} and batched per partition into blobs of about {@link #blobBytes} before
 * reaching the store, so the store sees few large writes. {@link ShuffleInput} reads them back.
 */
public final class ShuffleOutput {
  /** What the batches of all partitions may hold together, at most; less within a small budget. */
  static final int MAX_BUFFER_BYTES = 16 << 20;
  private static final int MIN_BLOB = 64 << 10;
  private static final int MAX_BLOB = 4 << 20;

  private final MapOutputWriter writer;
  private final int partitions;
  private final int blobBytes;
  private final byte[][] buffers;
  private final int[] counts;
  private long records;
  private long bytes;

  /**
   * @param bufferBytes what the batches of all partitions may hold together; each partition's
   *     batch is that share of it, between 64 KiB and 4 MiB
   */
  ShuffleOutput(MapOutputWriter writer, int partitions, long bufferBytes) {
    this.writer = writer;
    this.partitions = partitions;
    this.blobBytes = (int) Math.max(MIN_BLOB, Math.min(MAX_BLOB, bufferBytes / partitions));
    this.buffers = new byte[partitions][];
    this.counts = new int[partitions];
  }

  public int partitions() {
    return partitions;
  }

  /** Partitions {@code [first, first + partitions)} of this output, as one output of several. */
  public ShuffleChannel channel(int first, int partitions) {
    return new ShuffleChannel(this, first, partitions);
  }

  /** Size at which a partition's batch goes to the store. */
  public int blobBytes() {
    return blobBytes;
  }

  public void write(KeyWriter key, RowWriter value) {
    write(key.buffer(), 0, key.length(), value.buffer(), 0, value.length());
  }

  /** A record without a key (a broadcast, a single-partition shuffle): goes to partition 0. */
  public void write(RowWriter value) {
    write(value.buffer(), 0, 0, value.buffer(), 0, value.length());
  }

  public void write(byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen) {
    int p = partitions == 1 ? 0 : Partitioner.partition(key, keyOff, keyLen, partitions);
    write(p, key, keyOff, keyLen, value, valueOff, valueLen);
  }

  /** A record to partition {@code p}, whatever its key. */
  public void write(int p, byte[] key, int keyOff, int keyLen, byte[] value, int valueOff, int valueLen) {
    int need = keyLen + valueLen + 10;
    byte[] b = buffers[p];
    if (b == null) {
      // Start small and grow to the blob size: a task that writes little (a Grep's map task
      // shuffles kilobytes) must not allocate and zero its whole 16 MiB.
      b = buffers[p] = new byte[Math.max(Math.min(blobBytes, MIN_BLOB), need)];
    } else if (counts[p] + need > b.length) {
      if (b.length < blobBytes) {
        b = buffers[p] = Arrays.copyOf(b, Math.max(counts[p] + need, Math.min(blobBytes, 2 * b.length)));
      } else {
        if (counts[p] > 0) {
          flush(p);
        }
        if (need > b.length) {
          b = buffers[p] = new byte[need];
        }
      }
    }
    int at = counts[p];
    at = putVarInt(b, at, keyLen);
    System.arraycopy(key, keyOff, b, at, keyLen);
    at += keyLen;
    at = putVarInt(b, at, valueLen);
    System.arraycopy(value, valueOff, b, at, valueLen);
    counts[p] = at + valueLen;
    records++;
    if (counts[p] >= blobBytes) {
      flush(p);
    }
  }

  public long records() {
    return records;
  }

  /** Bytes handed to the store so far. */
  public long bytes() {
    return bytes;
  }

  /** Sends every partial batch to the store. */
  void finish() {
    for (int p = 0; p < partitions; p++) {
      if (counts[p] > 0) {
        flush(p);
      }
      buffers[p] = null;
    }
  }

  private void flush(int p) {
    writer.write(p, Arrays.copyOf(buffers[p], counts[p]));
    bytes += counts[p];
    counts[p] = 0;
  }

  private static int putVarInt(byte[] b, int at, int v) {
    while ((v & ~0x7F) != 0) {
      b[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[at++] = (byte) v;
    return at;
  }
}
