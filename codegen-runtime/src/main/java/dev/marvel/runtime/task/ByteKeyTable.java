package dev.marvel.runtime.task;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An open-addressing hash table from key bytes to dense slot numbers {@code 0 … size()-1}, for
 * map-side pre-aggregation: generated code keeps each aggregate's accumulators in plain arrays
 * indexed by slot, so adding a row costs one probe and no allocation. Keys are copied into one
 * arena; {@link #memoryBytes(int)} lets the caller flush the table to the shuffle when it passes its
 * budget, then {@link #clear()} it and continue.
 */
public final class ByteKeyTable {
  /**
   * Ints per bucket: hash, slot + 1 (0 = empty), key offset, key length, then the key's first
   * {@link #INLINE} bytes, so a probe for a short key (a word) reads one cache line and not the arena.
   */
  private static final int STRIDE = 8;
  private static final int INLINE = 16;
  /** Four key bytes read as one int, in the order {@link #packed} would assemble them. */
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class,
      ByteOrder.LITTLE_ENDIAN);

  private int[] buckets;
  private int bucketMask;
  private int[] keyOffsets;     // by slot, for iteration
  private int[] keyLengths;     // by slot
  private byte[] arena;
  private int arenaUsed;
  private int size;
  private boolean inserted;

  private static final int INITIAL_BUCKETS = 1 << 10;
  private static final int INITIAL_SLOTS = 1 << 9;
  private static final int INITIAL_ARENA = 1 << 16;

  public ByteKeyTable() {
    allocate();
  }

  private void allocate() {
    buckets = new int[INITIAL_BUCKETS * STRIDE];
    bucketMask = INITIAL_BUCKETS - 1;
    keyOffsets = new int[INITIAL_SLOTS];
    keyLengths = new int[INITIAL_SLOTS];
    arena = new byte[INITIAL_ARENA];
  }

  /** The slot of {@code key}, adding it if absent; {@link #inserted()} tells which happened. */
  public int slot(byte[] key, int offset, int length) {
    int h = Partitioner.murmur3(key, offset, length);
    int i = h & bucketMask;
    while (true) {
      int b = i * STRIDE;
      int s = buckets[b + 1] - 1;
      if (s < 0) {
        return insert(b, h, key, offset, length);
      }
      if (buckets[b] == h && buckets[b + 3] == length && sameInline(b, key, offset, length)
          && (length <= INLINE || sameBytes(buckets[b + 2] + INLINE, key, offset + INLINE, length - INLINE))) {
        inserted = false;
        return s;
      }
      i = (i + 1) & bucketMask;
    }
  }

  public int slot(KeyWriter key) {
    return slot(key.buffer(), 0, key.length());
  }

  /** Whether the last {@link #slot} call added its key. */
  public boolean inserted() {
    return inserted;
  }

  public int size() {
    return size;
  }

  /** How many slots the per-slot arrays of the caller must hold: grow them to this. */
  public int capacity() {
    return keyOffsets.length;
  }

  public byte[] arena() {
    return arena;
  }

  public int keyOffset(int slot) {
    return keyOffsets[slot];
  }

  public int keyLength(int slot) {
    return keyLengths[slot];
  }

  /** Approximate bytes held: keys, per-slot bookkeeping and {@code bytesPerSlot} of the caller's accumulators. */
  public long memoryBytes(int bytesPerSlot) {
    return arena.length + (long) buckets.length * 4 + (long) keyOffsets.length * (8 + bytesPerSlot);
  }

  /**
   * Forgets every key and gives back the memory the table grew into, so that
   * {@link #memoryBytes} starts low again: a caller that flushes when the table passes its budget
   * would otherwise find it over budget after every flush, and flush on every new key.
   * Per-slot arrays of the caller must be reset by the caller.
   */
  public void clear() {
    if (buckets.length > INITIAL_BUCKETS * STRIDE || arena.length > INITIAL_ARENA) {
      allocate();
    } else {
      Arrays.fill(buckets, 0);
    }
    arenaUsed = 0;
    size = 0;
  }

  private boolean sameInline(int b, byte[] key, int offset, int length) {
    int n = Math.min(length, INLINE);
    for (int w = 0; w * 4 < n; w++) {
      if (buckets[b + 4 + w] != packed(key, offset + w * 4, Math.min(4, n - w * 4))) {
        return false;
      }
    }
    return true;
  }

  /** Up to four bytes as an int (missing bytes are zero). */
  private static int packed(byte[] key, int offset, int count) {
    if (count == 4) {
      return (int) INT_LE.get(key, offset);
    }
    int v = 0;
    for (int k = 0; k < count; k++) {
      v |= (key[offset + k] & 0xFF) << (8 * k);
    }
    return v;
  }

  /** The key's bytes past the inline ones against the arena's, eight at a time (a JDK intrinsic). */
  private boolean sameBytes(int at, byte[] key, int offset, int length) {
    return Arrays.equals(arena, at, at + length, key, offset, offset + length);
  }

  private int insert(int b, int h, byte[] key, int offset, int length) {
    if (size == keyOffsets.length) {
      int n = keyOffsets.length * 2;
      keyOffsets = Arrays.copyOf(keyOffsets, n);
      keyLengths = Arrays.copyOf(keyLengths, n);
    }
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
    }
    System.arraycopy(key, offset, arena, arenaUsed, length);
    int s = size++;
    keyOffsets[s] = arenaUsed;
    keyLengths[s] = length;
    buckets[b] = h;
    buckets[b + 1] = s + 1;
    buckets[b + 2] = arenaUsed;
    buckets[b + 3] = length;
    int n = Math.min(length, INLINE);
    for (int w = 0; w < INLINE / 4; w++) {
      buckets[b + 4 + w] = w * 4 < n ? packed(key, offset + w * 4, Math.min(4, n - w * 4)) : 0;
    }
    arenaUsed += length;
    inserted = true;
    if (size * 2 > bucketMask + 1) {
      rehash();
    }
    return s;
  }

  private void rehash() {
    int n = (bucketMask + 1) * 2;
    int[] bigger = new int[n * STRIDE];
    int mask = n - 1;
    for (int b = 0; b < buckets.length; b += STRIDE) {
      if (buckets[b + 1] == 0) {
        continue;
      }
      int i = buckets[b] & mask;
      while (bigger[i * STRIDE + 1] != 0) {
        i = (i + 1) & mask;
      }
      System.arraycopy(buckets, b, bigger, i * STRIDE, STRIDE);
    }
    buckets = bigger;
    bucketMask = mask;
  }
}
