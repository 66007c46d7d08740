package dev.marvel.runtime.spill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups (key, value) records by key bytes and folds each group's values with a
 * {@link Combiner}, within a memory budget.
 *
 * <p>Half the budget holds a hash table of partial results per distinct key. When it is full, its
 * partials go into a {@link SpillingSorter} (the other half), which spills sorted runs as needed,
 * and the table starts over. {@link #results()} then merges: equal keys arrive together and in the
 * order their partials were made, so a combiner only has to be associative. Without any overflow
 * the table is sorted and served from memory. One record per distinct key comes out, in ascending
 * unsigned key order. Closing deletes every spill. Not thread-safe.
 */
public final class SpillingHashAggregator implements AutoCloseable {
  /** Folds a value into a partial result; must be associative (but need not be commutative). */
  @FunctionalInterface
  public interface Combiner {
    byte[] combine(byte[] partial, byte[] value);
  }

  /** What a table entry costs besides its bytes: HashMap node, key wrapper, two array headers. */
  private static final int ENTRY_OVERHEAD = 96;

  private final Combiner combiner;
  private final long tableBudget;
  private final SpillingSorter overflow;
  private final Map<Key, byte[]> table = new HashMap<>();
  private long tableBytes;
  private int tableFlushes;
  private boolean finished;

  public SpillingHashAggregator(SpillArea area, long memoryBudgetBytes, Combiner combiner) {
    this.combiner = combiner;
    this.tableBudget = memoryBudgetBytes / 2;
    this.overflow = new SpillingSorter(area, memoryBudgetBytes - tableBudget);
  }

  public void add(byte[] key, byte[] value) {
    if (finished) {
      throw new IllegalStateException("records cannot be added after results() was called");
    }
    Key k = new Key(key);
    byte[] partial = table.get(k);
    if (partial == null) {
      k = new Key(key.clone()); // the caller may reuse its key array
      table.put(k, value.clone());
      tableBytes += key.length + value.length + ENTRY_OVERHEAD;
    } else {
      byte[] combined = combiner.combine(partial, value);
      table.put(k, combined);
      tableBytes += combined.length - partial.length;
    }
    if (tableBytes > tableBudget) {
      flushTable();
    }
  }

  /** Ends adding; returns one record per distinct key with its combined value, by key. */
  public SortedRecords results() {
    if (finished) {
      throw new IllegalStateException("results() can be called only once");
    }
    finished = true;
    if (tableFlushes == 0) {
      List<Key> keys = new ArrayList<>(table.keySet());
      keys.sort((a, b) -> Arrays.compareUnsigned(a.bytes, b.bytes));
      return new TableCursor(keys);
    }
    flushTable();
    return new CombiningCursor(overflow.sorted());
  }

  /** Times the hash table overflowed into the sorter. */
  public int tableFlushes() {
    return tableFlushes;
  }

  /** Sorted runs the overflow sorter wrote to the spill area. */
  public int spillCount() {
    return overflow.spillCount();
  }

  @Override
  public void close() {
    table.clear();
    overflow.close();
  }

  private void flushTable() {
    for (Map.Entry<Key, byte[]> entry : table.entrySet()) {
      overflow.add(entry.getKey().bytes, entry.getValue());
    }
    table.clear();
    tableBytes = 0;
    tableFlushes++;
  }

  /** Byte-array key with value equality, for the hash table. */
  private static final class Key {
    final byte[] bytes;
    private final int hash;

    Key(byte[] bytes) {
      this.bytes = bytes;
      this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private final class TableCursor implements SortedRecords {
    private final List<Key> keys;
    private int next;
    private Key current;

    TableCursor(List<Key> keys) {
      this.keys = keys;
    }

    @Override
    public boolean next() {
      current = next < keys.size() ? keys.get(next++) : null;
      return current != null;
    }

    @Override
    public byte[] key() {
      return current.bytes;
    }

    @Override
    public byte[] value() {
      return table.get(current);
    }

    @Override
    public void close() {}
  }

  /** Folds runs of equal keys from the sorted partials into one record each. */
  private final class CombiningCursor implements SortedRecords {
    private final SortedRecords partials;
    private boolean pending;
    private byte[] key;
    private byte[] value;

    CombiningCursor(SortedRecords partials) {
      this.partials = partials;
      this.pending = partials.next();
    }

    @Override
    public boolean next() {
      if (!pending) {
        return false;
      }
      key = partials.key();
      value = partials.value();
      while ((pending = partials.next()) && Arrays.equals(key, partials.key())) {
        value = combiner.combine(value, partials.value());
      }
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
    public void close() {
      partials.close();
    }
  }
}
