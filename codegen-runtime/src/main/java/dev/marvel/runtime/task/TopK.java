package dev.marvel.runtime.task;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The {@code k} rows with the smallest sort keys ({@link KeyWriter} bytes, which already encode
 * ascending/descending and null order), kept in a bounded heap whose root is the worst row kept.
 * Ties keep the row offered first, so the result does not depend on hash order. Rows come out
 * best first.
 */
public final class TopK {
  private record Entry(byte[] key, byte[] row, long seq) {}

  private final int k;
  private final PriorityQueue<Entry> heap;
  private long seq;

  public TopK(long k) {
    this.k = (int) Math.min(k, Integer.MAX_VALUE - 8);
    this.heap = new PriorityQueue<>((a, b) -> compare(b, a));
  }

  /** Offers a row; copies the key and row bytes only if the row is kept. */
  public void offer(KeyWriter key, RowWriter row) {
    if (k == 0) {
      return;
    }
    if (heap.size() == k) {
      Entry worst = heap.peek();
      int c = Arrays.compareUnsigned(key.buffer(), 0, key.length(), worst.key, 0, worst.key.length);
      if (c >= 0) {
        return;
      }
      heap.poll();
    }
    heap.add(new Entry(key.toByteArray(), row.toByteArray(), seq++));
  }

  /** The kept rows' encodings, best first; the heap is emptied. */
  public byte[][] rows() {
    Entry[] all = heap.toArray(new Entry[0]);
    Arrays.sort(all, TopK::compare);
    heap.clear();
    byte[][] rows = new byte[all.length][];
    for (int i = 0; i < all.length; i++) {
      rows[i] = all[i].row;
    }
    return rows;
  }

  private static int compare(Entry a, Entry b) {
    int c = Arrays.compareUnsigned(a.key, b.key);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  }
}
