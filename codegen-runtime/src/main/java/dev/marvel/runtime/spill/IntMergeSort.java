package dev.marvel.runtime.spill;

/**
 * A stable merge sort of int handles — record offsets in an arena, slots of a table — by an order
 * on what they stand for, so records are sorted without an object per record.
 */
final class IntMergeSort {
  /** Compares the records two handles stand for. */
  @FunctionalInterface
  interface Order {
    int compare(int a, int b);
  }

  private IntMergeSort() {}

  /** Sorts {@code handles[0, count)}; equal records keep their order. */
  static void sort(int[] handles, int count, Order order) {
    sort(handles, new int[count], 0, count, order);
  }

  private static void sort(int[] a, int[] scratch, int from, int to, Order order) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, scratch, from, mid, order);
    sort(a, scratch, mid, to, order);
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int left = from;
    int right = mid;
    for (int i = from; i < to; i++) {
      if (right >= to || (left < mid && order.compare(scratch[left], scratch[right]) <= 0)) {
        a[i] = scratch[left++];
      } else {
        a[i] = scratch[right++];
      }
    }
  }
}
