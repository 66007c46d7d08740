package dev.marvel.runtime.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build side of a hash join: encoded rows by their join-key bytes. A partitioned join builds
 * it from one shuffle partition, a broadcast join from the whole broadcast side, which the planner
 * only chooses when it is small; it is held in memory.
 */
public final class JoinTable {
  private static final List<byte[]> NONE = List.of();

  private final Map<Key, List<byte[]>> rows = new HashMap<>();
  private final Key probe = new Key();

  public void add(byte[] key, int keyOff, int keyLen, byte[] row, int rowOff, int rowLen) {
    Key k = new Key();
    k.set(java.util.Arrays.copyOfRange(key, keyOff, keyOff + keyLen), 0, keyLen);
    rows.computeIfAbsent(k, x -> new ArrayList<>(1)).add(java.util.Arrays.copyOfRange(row, rowOff, rowOff + rowLen));
  }

  /** The rows whose key bytes equal {@code key}'s, in the order they were added. */
  public List<byte[]> get(KeyWriter key) {
    probe.set(key.buffer(), 0, key.length());
    return rows.getOrDefault(probe, NONE);
  }

  /** Key bytes with content equality, so one probe object serves every lookup. */
  private static final class Key {
    byte[] b;
    int off;
    int len;
    int hash;

    void set(byte[] bytes, int offset, int length) {
      b = bytes;
      off = offset;
      len = length;
      hash = Partitioner.murmur3(bytes, offset, length);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && java.util.Arrays.equals(b, off, off + len, k.b, k.off, k.off + k.len);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
