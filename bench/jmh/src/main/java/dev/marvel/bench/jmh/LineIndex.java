package dev.marvel.bench.jmh;

import java.util.Arrays;

/**
 * Where each line of an in-memory block starts and how long it is without its {@code \n} or
 * {@code \r\n}: found once in setup, so a benchmark of what happens to a line measures only that.
 */
record LineIndex(int[] starts, int[] lengths) {
  static LineIndex of(byte[] block) {
    int[] starts = new int[1024];
    int[] lengths = new int[1024];
    int count = 0;
    int start = 0;
    while (start < block.length) {
      int end = start;
      while (end < block.length && block[end] != '\n') {
        end++;
      }
      int length = end > start && block[end - 1] == '\r' ? end - 1 - start : end - start;
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
      }
      starts[count] = start;
      lengths[count] = length;
      count++;
      start = end + 1;
    }
    return new LineIndex(Arrays.copyOf(starts, count), Arrays.copyOf(lengths, count));
  }

  int count() {
    return starts.length;
  }
}
