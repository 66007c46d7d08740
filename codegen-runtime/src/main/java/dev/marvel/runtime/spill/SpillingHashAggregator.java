package dev.marvel.runtime.spill;

import dev.marvel.runtime.task.ByteKeyTable;
import java.util.Arrays;

/**
 * Groups (key, value) records by key bytes and folds each group's values with a
 * {@link Combiner}, within a memory budget.
 *
 * <p>Half the budget holds a table of partial results per distinct key: a {@link ByteKeyTable}
 * (keys in one arena, no object per key) and one partial per slot. When it is full, its partials
 * go into a {@link SpillingSorter} (the other half), which spills sorted runs as needed, and the
 * table starts over. {@link #results()} then merges: equal keys arrive together and in the order
 * their partials were made, so a combiner only has to be associative. Without any overflow the
 * table's slots are sorted and served from memory. One record per distinct key comes out, in
 * ascending unsigned key order. Closing deletes every spill. Not thread-safe.
 */
public final class SpillingHashAggregator implements AutoCloseable {
  /** Folds a value into a partial result; must be associative (but need not be commutative). */
  @FunctionalInterface
  public interface Combiner {
    byte[] combine(byte[] partial, byte[] value);
  }

  /** What a partial costs besides its bytes: its array's header. */
  private static final int PARTIAL_OVERHEAD = 16;
  /** What the table holds per slot besides the key and the partial: the reference to the partial. */
  private static final int SLOT_BYTES = 8;

  private final Combiner combiner;
  private final long tableBudget;
  private final SpillingSorter overflow;
  private final ByteKeyTable keys = new ByteKeyTable();
  private byte[][] partials = new byte[keys.capacity()][];
  private long partialBytes;
  private int tableFlushes;
  private boolean finished;

  public SpillingHashAggregator(SpillArea area, long memoryBudgetBytes, Combiner combiner) {
    this.combiner = combiner;
    // An empty table already takes about 100 KiB; below twice that (tests' tiny budgets) it
    // would flush on every add, so it may overshoot such a budget by that much.
    this.tableBudget = Math.max(memoryBudgetBytes / 2, 2 * keys.memoryBytes(SLOT_BYTES));
    this.overflow = new SpillingSorter(area, memoryBudgetBytes - memoryBudgetBytes / 2);
  }

  /** Adds a record; the key is copied, so the caller may reuse its array. */
  public void add(byte[] key, byte[] value) {
    if (finished) {
      throw new IllegalStateException("records cannot be added after results() was called");
    }
    int slot = keys.slot(key, 0, key.length);
    if (keys.inserted()) {
      if (slot >= partials.length) {
        partials = Arrays.copyOf(partials, keys.capacity());
      }
      partials[slot] = value.clone();
      partialBytes += value.length + PARTIAL_OVERHEAD;
    } else {
      byte[] partial = partials[slot];
      byte[] combined = combiner.combine(partial, value);
      partials[slot] = combined;
      partialBytes += combined.length - partial.length;
    }
    if (keys.memoryBytes(SLOT_BYTES) + partialBytes > tableBudget) {
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
      return new TableCursor();
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
    keys.clear();
    partials = new byte[0][];
    overflow.close();
  }

  private void flushTable() {
    byte[] arena = keys.arena();
    for (int slot = 0; slot < keys.size(); slot++) {
      byte[] partial = partials[slot];
      overflow.add(arena, keys.keyOffset(slot), keys.keyLength(slot), partial, 0, partial.length);
    }
    keys.clear();
    partials = new byte[keys.capacity()][];
    partialBytes = 0;
    tableFlushes++;
  }

  private int compareKeys(int a, int b) {
    byte[] arena = keys.arena();
    int aAt = keys.keyOffset(a);
    int bAt = keys.keyOffset(b);
    return Arrays.compareUnsigned(arena, aAt, aAt + keys.keyLength(a), arena, bAt, bAt + keys.keyLength(b));
  }

  /** The table's slots in key order. */
  private final class TableCursor implements SortedRecords {
    private final int[] order = new int[keys.size()];
    private int next;
    private int current = -1;

    TableCursor() {
      for (int slot = 0; slot < order.length; slot++) {
        order[slot] = slot;
      }
      IntMergeSort.sort(order, order.length, SpillingHashAggregator.this::compareKeys);
    }

    @Override
    public boolean next() {
      current = next < order.length ? order[next++] : -1;
      return current >= 0;
    }

    @Override
    public byte[] key() {
      int at = keys.keyOffset(current);
      return Arrays.copyOfRange(keys.arena(), at, at + keys.keyLength(current));
    }

    @Override
    public byte[] value() {
      return partials[current];
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
