package dev.marvel.bench.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts keyed by byte strings: open addressing with linear probing over an int slot array;
 * keys live back to back in one byte arena. FNV-1a hashes are computed by the caller while it
 * scans, so each key's bytes are touched once before the final compare.
 */
public final class ByteTable {
  static final int HASH_SEED = 0x811c9dc5;
  static final int HASH_PRIME = 0x01000193;

  private int[] slots = new int[1 << 16];
  private byte[] arena = new byte[1 << 20];
  private int arenaUsed;
  private int[] keyOffset = new int[1 << 15];
  private int[] keyLength = new int[1 << 15];
  private int[] keyHash = new int[1 << 15];
  private long[] count = new long[1 << 15];
  private int size;

  public static int hash(byte[] b, int off, int len) {
    int h = HASH_SEED;
    for (int i = off; i < off + len; i++) {
      h = (h ^ (b[i] & 0xff)) * HASH_PRIME;
    }
    return h;
  }

  /** Adds {@code delta} to the count of the key {@code b[off, off+len)} whose hash is {@code hash}. */
  public void add(byte[] b, int off, int len, int hash, long delta) {
    int mask = slots.length - 1;
    int i = mix(hash) & mask;
    while (true) {
      int e = slots[i] - 1;
      if (e < 0) {
        slots[i] = insert(b, off, len, hash, delta) + 1;
        if (size * 2 > slots.length) {
          grow();
        }
        return;
      }
      if (keyHash[e] == hash && keyLength[e] == len
          && Arrays.equals(arena, keyOffset[e], keyOffset[e] + len, b, off, off + len)) {
        count[e] += delta;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  public int size() {
    return size;
  }

  /** The table as a map, for tests and result comparison. */
  public Map<String, Long> toMap() {
    Map<String, Long> m = new HashMap<>();
    for (int e = 0; e < size; e++) {
      m.put(new String(arena, keyOffset[e], keyLength[e], StandardCharsets.UTF_8), count[e]);
    }
    return m;
  }

  /** Writes {@code key<TAB>count} lines ordered by the keys' bytes. */
  public void writeSorted(OutputStream out) throws IOException {
    Integer[] order = new Integer[size];
    for (int e = 0; e < size; e++) {
      order[e] = e;
    }
    Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(
        arena, keyOffset[x], keyOffset[x] + keyLength[x], arena, keyOffset[y], keyOffset[y] + keyLength[y]));
    for (int e : order) {
      out.write(arena, keyOffset[e], keyLength[e]);
      out.write('\t');
      out.write(Long.toString(count[e]).getBytes(StandardCharsets.US_ASCII));
      out.write('\n');
    }
  }

  private int insert(byte[] b, int off, int len, int hash, long delta) {
    if (size == count.length) {
      int n = size * 2;
      keyOffset = Arrays.copyOf(keyOffset, n);
      keyLength = Arrays.copyOf(keyLength, n);
      keyHash = Arrays.copyOf(keyHash, n);
      count = Arrays.copyOf(count, n);
    }
    if (arenaUsed + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + len));
    }
    System.arraycopy(b, off, arena, arenaUsed, len);
    keyOffset[size] = arenaUsed;
    keyLength[size] = len;
    keyHash[size] = hash;
    count[size] = delta;
    arenaUsed += len;
    return size++;
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int i = mix(keyHash[e]) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = e + 1;
    }
    slots = bigger;
  }

  /** FNV's low bits are weak for short keys; spread them before masking. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }
}
