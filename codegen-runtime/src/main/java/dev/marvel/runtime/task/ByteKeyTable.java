package dev.marvel.runtime.task;

import java.util.Arrays;

/**
 * An open-addressing hash table from key bytes to dense slot numbers {@code 0 … size()-1}, for
 * map-side pre-aggregation: generated code keeps each aggregate's accumulators in plain arrays
 * indexed by slot, so adding a row costs one probe and no allocation. Keys are copied into one
 * arena; {@link #memoryBytes()} lets the caller flush the table to the shuffle when it passes its
 * budget, then {@link #clear()} it and continue.
 */
public final class ByteKeyTable {
  private int[] slots;          // hash table: slot + 1, 0 = empty
  private int[] hashes;         // per slot
  private int[] keyOffsets;     // per slot, into arena
  private int[] keyLengths;     // per slot
  private byte[] arena = new byte[1 << 16];
  private int arenaUsed;
  private int size;
  private boolean inserted;

  public ByteKeyTable() {
    slots = new int[1 << 10];
    hashes = new int[1 << 9];
    keyOffsets = new int[1 << 9];
    keyLengths = new int[1 << 9];
  }

  /** The slot of {@code key}, adding it if absent; {@link #inserted()} tells which happened. */
  public int slot(byte[] key, int offset, int length) {
    int h = Partitioner.murmur3(key, offset, length);
    int mask = slots.length - 1;
    int i = h & mask;
    while (true) {
      int s = slots[i] - 1;
      if (s < 0) {
        return insert(i, h, key, offset, length);
      }
      if (hashes[s] == h && keyLengths[s] == length
          && Arrays.equals(arena, keyOffsets[s], keyOffsets[s] + length, key, offset, offset + length)) {
        inserted = false;
        return s;
      }
      i = (i + 1) & mask;
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
    return hashes.length;
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
    return arena.length + (long) slots.length * 4 + (long) hashes.length * (12 + bytesPerSlot);
  }

  /** Forgets every key; per-slot arrays of the caller must be reset by the caller. */
  public void clear() {
    Arrays.fill(slots, 0);
    arenaUsed = 0;
    size = 0;
  }

  private int insert(int at, int h, byte[] key, int offset, int length) {
    if (size == hashes.length) {
      int n = hashes.length * 2;
      hashes = Arrays.copyOf(hashes, n);
      keyOffsets = Arrays.copyOf(keyOffsets, n);
      keyLengths = Arrays.copyOf(keyLengths, n);
    }
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
    }
    System.arraycopy(key, offset, arena, arenaUsed, length);
    int s = size++;
    hashes[s] = h;
    keyOffsets[s] = arenaUsed;
    keyLengths[s] = length;
    arenaUsed += length;
    slots[at] = s + 1;
    inserted = true;
    if (size * 2 > slots.length) {
      rehash();
    }
    return s;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int s = 0; s < size; s++) {
      int i = hashes[s] & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = s + 1;
    }
    slots = bigger;
  }
}
