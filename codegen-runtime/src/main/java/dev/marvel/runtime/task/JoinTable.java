package dev.marvel.runtime.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build side of a hash join: encoded rows by their join-key bytes. A partitioned join builds
 * it from one shuffle partition, a broadcast join from the whole broadcast side, which the planner
 * only chooses when it is small; it is held in memory.
 *
 * <p>A full join also needs the build rows nothing matched: its table is made by
 * {@link #keepingUnmatched()}, probed with {@link #match}, which remembers the matched key groups,
 * keeps build rows with a null key through {@link #addNullKey}, and finally emits
 * {@link #unmatched}. Other joins pay nothing for that.
 */
public final class JoinTable {
  private static final List<byte[]> NONE = List.of();

  private final Map<Key, List<byte[]>> rows = new HashMap<>();
  private final Key probe = new Key();
  /** Key groups (null-key rows each their own) in the order they first came; null unless keeping unmatched rows. */
  private final List<List<byte[]>> order;
  /** The key groups a {@link #match} returned, by identity; null unless keeping unmatched rows. */
  private final Set<List<byte[]>> matched;

  /** A table for joins that drop the build rows nothing matched. */
  public JoinTable() {
    this(false);
  }

  private JoinTable(boolean keepUnmatched) {
    order = keepUnmatched ? new ArrayList<>() : null;
    matched = keepUnmatched ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
  }

  /** A table for a full join, which outputs the build rows nothing matched too. */
  public static JoinTable keepingUnmatched() {
    return new JoinTable(true);
  }

  public void add(byte[] key, int keyOff, int keyLen, byte[] row, int rowOff, int rowLen) {
    Key k = new Key();
    k.set(Arrays.copyOfRange(key, keyOff, keyOff + keyLen), 0, keyLen);
    rows.computeIfAbsent(k, x -> newGroup()).add(Arrays.copyOfRange(row, rowOff, rowOff + rowLen));
  }

  /** A build row whose key is null: it matches nothing, but a full join still outputs it. */
  public void addNullKey(byte[] row, int rowOff, int rowLen) {
    requireKeeping("addNullKey");
    newGroup().add(Arrays.copyOfRange(row, rowOff, rowOff + rowLen));
  }

  /** The rows whose key bytes equal {@code key}'s, in the order they were added. */
  public List<byte[]> get(KeyWriter key) {
    probe.set(key.buffer(), 0, key.length());
    return rows.getOrDefault(probe, NONE);
  }

  /** As {@link #get}, and remembers that these rows were matched, so {@link #unmatched} leaves them out. */
  public List<byte[]> match(KeyWriter key) {
    List<byte[]> found = get(key);
    if (matched != null && found != NONE) {
      matched.add(found);
    }
    return found;
  }

  /**
   * The rows no {@link #match} returned, null-key rows included, by the order their key was first
   * added and then the order of the rows: deterministic, whatever the hash order.
   */
  public List<byte[]> unmatched() {
    requireKeeping("unmatched");
    List<byte[]> out = new ArrayList<>();
    for (List<byte[]> group : order) {
      if (!matched.contains(group)) {
        out.addAll(group);
      }
    }
    return out;
  }

  private List<byte[]> newGroup() {
    List<byte[]> group = new ArrayList<>(1);
    if (order != null) {
      order.add(group);
    }
    return group;
  }

  private void requireKeeping(String what) {
    if (order == null) {
      throw new IllegalStateException(what + " needs a table made by JoinTable.keepingUnmatched()");
    }
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
