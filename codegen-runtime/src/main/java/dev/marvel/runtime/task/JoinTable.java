package dev.marvel.runtime.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build side of a hash join: encoded rows by their join-key bytes. A partitioned join builds
 * it from one shuffle partition, a broadcast join from the whole broadcast side, which the planner
 * only chooses when it is small; it is held in memory.
 *
 * <p>A full join also needs the build rows nothing matched: it probes with {@link #match}, which
 * remembers the matched key groups, keeps build rows with a null key through {@link #addNullKey},
 * and finally emits {@link #unmatched}.
 */
public final class JoinTable {
  private static final List<byte[]> NONE = List.of();

  private final Map<Key, Group> groups = new HashMap<>();
  /** Every group (null-key rows each in their own) in the order it was first added: unmatched rows come out in it. */
  private final List<Group> order = new ArrayList<>();
  private final Key probe = new Key();

  public void add(byte[] key, int keyOff, int keyLen, byte[] row, int rowOff, int rowLen) {
    Key k = new Key();
    k.set(Arrays.copyOfRange(key, keyOff, keyOff + keyLen), 0, keyLen);
    groups.computeIfAbsent(k, x -> newGroup()).rows.add(Arrays.copyOfRange(row, rowOff, rowOff + rowLen));
  }

  /** A build row whose key is null: it matches nothing, but a full join still outputs it. */
  public void addNullKey(byte[] row, int rowOff, int rowLen) {
    newGroup().rows.add(Arrays.copyOfRange(row, rowOff, rowOff + rowLen));
  }

  /** The rows whose key bytes equal {@code key}'s, in the order they were added. */
  public List<byte[]> get(KeyWriter key) {
    Group g = find(key);
    return g == null ? NONE : g.rows;
  }

  /** As {@link #get}, and remembers that these rows were matched, so {@link #unmatched} leaves them out. */
  public List<byte[]> match(KeyWriter key) {
    Group g = find(key);
    if (g == null) {
      return NONE;
    }
    g.matched = true;
    return g.rows;
  }

  /**
   * The rows no {@link #match} returned, null-key rows included, by the order their key was first
   * added and then the order of the rows: deterministic, whatever the hash order.
   */
  public List<byte[]> unmatched() {
    List<byte[]> rows = new ArrayList<>();
    for (Group g : order) {
      if (!g.matched) {
        rows.addAll(g.rows);
      }
    }
    return rows;
  }

  private Group find(KeyWriter key) {
    probe.set(key.buffer(), 0, key.length());
    return groups.get(probe);
  }

  private Group newGroup() {
    Group g = new Group();
    order.add(g);
    return g;
  }

  /** The build rows of one key, and whether a probe row matched them. */
  private static final class Group {
    final List<byte[]> rows = new ArrayList<>(1);
    boolean matched;
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
      return o instanceof Key k && Arrays.equals(b, off, off + len, k.b, k.off, k.off + k.len);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
