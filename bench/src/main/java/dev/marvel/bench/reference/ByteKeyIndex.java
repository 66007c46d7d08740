package dev.marvel.bench.reference;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct byte-string keys 0, 1, 2, … in order of first appearance: open addressing
 * with linear probing over an int slot array, keys back to back in one byte arena. Callers keep
 * their per-key values in arrays indexed by the number.
 */
final class ByteKeyIndex {
  private int[] slots = new int[1 << 16];
  private byte[] arena = new byte[1 << 20];
  private int arenaUsed;
  private int[] offset = new int[1 << 15];
  private int[] length = new int[1 << 15];
  private int[] hashes = new int[1 << 15];
  private int size;

  int size() {
    return size;
  }

  /** The number of key {@code b[start, end)}, adding it if new. */
  int add(byte[] b, int start, int end) {
    int found = find(b, start, end);
    return found >= 0 ? found : insert(b, start, end, -found - 1);
  }

  /** The number of the key, or -1 if it was never added. */
  int get(byte[] b, int start, int end) {
    int found = find(b, start, end);
    return found >= 0 ? found : -1;
  }

  String key(int id) {
    return new String(arena, offset[id], length[id], StandardCharsets.UTF_8);
  }

  /** The key's number, or {@code -(free slot) - 1}. */
  private int find(byte[] b, int start, int end) {
    int hash = hash(b, start, end);
    int mask = slots.length - 1;
    for (int i = hash & mask;; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (id < 0) {
        return -i - 1;
      }
      if (hashes[id] == hash && Arrays.equals(arena, offset[id], offset[id] + length[id], b, start, end)) {
        return id;
      }
    }
  }

  private int insert(byte[] b, int start, int end, int slot) {
    int len = end - start;
    if (size == offset.length) {
      offset = Arrays.copyOf(offset, size * 2);
      length = Arrays.copyOf(length, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    while (arenaUsed + len > arena.length) {
      arena = Arrays.copyOf(arena, arena.length * 2);
    }
    System.arraycopy(b, start, arena, arenaUsed, len);
    offset[size] = arenaUsed;
    length[size] = len;
    hashes[size] = hash(b, start, end);
    arenaUsed += len;
    slots[slot] = size + 1;
    size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int i = hashes[id] & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = id + 1;
    }
  }

  /** FNV-1a, then a finalizer so that linear probing sees well-spread low bits. */
  private static int hash(byte[] b, int start, int end) {
    int h = 0x811c9dc5;
    for (int i = start; i < end; i++) {
      h = (h ^ (b[i] & 0xff)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }
}
