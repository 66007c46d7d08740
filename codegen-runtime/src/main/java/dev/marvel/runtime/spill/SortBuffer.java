package dev.marvel.runtime.spill;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Records gathered in one byte arena, with an int offset per record and no object per record,
 * sorted by unsigned key bytes. Each record is framed as {@code [int keyLength][int valueLength]
 * [key][value]}, which is also the spill format, so a sorted buffer is written without re-encoding.
 */
final class SortBuffer {
  static final int HEADER_BYTES = 8;
  private static final int INDEX_BYTES = 4;

  private final long budget;
  private byte[] arena = new byte[0];
  private int used;
  private int[] offsets = new int[0];
  private int count;

  SortBuffer(long budget) {
    this.budget = budget;
  }

  int count() {
    return count;
  }

  /**
   * Adds a record unless the buffer would outgrow its budget; a record larger than the whole
   * budget is still taken into an empty buffer, since it has to be held once anyway.
   */
  boolean tryAdd(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset,
      int valueLength) {
    long need = (long) HEADER_BYTES + keyLength + valueLength;
    if (count > 0 && used + need + (long) (count + 1) * INDEX_BYTES > budget) {
      return false;
    }
    if (used + need > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("a sort buffer holds at most 2 GiB; lower the budget");
    }
    ensureCapacity((int) (used + need), count + 1);
    offsets[count++] = used;
    writeInt(arena, used, keyLength);
    writeInt(arena, used + 4, valueLength);
    System.arraycopy(key, keyOffset, arena, used + HEADER_BYTES, keyLength);
    System.arraycopy(value, valueOffset, arena, used + HEADER_BYTES + keyLength, valueLength);
    used += (int) need;
    return true;
  }

  /** Sorts by key; records with equal keys keep the order they were added in. */
  void sort() {
    IntMergeSort.sort(offsets, count, this::compare);
  }

  void writeSorted(OutputStream out) throws IOException {
    for (int i = 0; i < count; i++) {
      int at = offsets[i];
      out.write(arena, at, HEADER_BYTES + keyLength(at) + valueLength(at));
    }
  }

  /** Reads the sorted records; the buffer must not change while the run is in use. */
  RecordRun sortedRun() {
    return new RecordRun() {
      private int next;
      private byte[] key;
      private byte[] value;

      @Override
      public boolean advance() {
        if (next == count) {
          return false;
        }
        int at = offsets[next++];
        int keyStart = at + HEADER_BYTES;
        key = Arrays.copyOfRange(arena, keyStart, keyStart + keyLength(at));
        value = Arrays.copyOfRange(arena, keyStart + key.length, keyStart + key.length + valueLength(at));
        return true;
      }

      @Override
      public byte[] key() {
        return key;
      }

      @Override
      public byte[] value() {
        return value;
      }

      @Override
      public void close() {}
    };
  }

  /** Empties the buffer and gives its memory back. */
  void release() {
    arena = new byte[0];
    offsets = new int[0];
    used = 0;
    count = 0;
  }

  private void ensureCapacity(int bytes, int records) {
    if (bytes > arena.length) {
      long grown = Math.max(bytes, Math.min(Math.max(64 * 1024, 2L * arena.length), budget));
      arena = Arrays.copyOf(arena, (int) Math.min(grown, Integer.MAX_VALUE - 16));
    }
    if (records > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(records, Math.max(1024, offsets.length * 2)));
    }
  }

  private int compare(int a, int b) {
    int aKey = a + HEADER_BYTES;
    int bKey = b + HEADER_BYTES;
    return Arrays.compareUnsigned(arena, aKey, aKey + keyLength(a), arena, bKey, bKey + keyLength(b));
  }

  private int keyLength(int at) {
    return readInt(arena, at);
  }

  private int valueLength(int at) {
    return readInt(arena, at + 4);
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static void writeInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
