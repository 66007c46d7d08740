package dev.marvel.samples.gen;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^exponent}
 * in constant time, by Walker's alias method (Vose's construction): a text generator draws one
 * rank per word, so a binary search per draw would dominate its cost. Each column's threshold
 * and alias share one {@code long}, so a draw touches one cache line of the table.
 */
final class ZipfSampler {

  /** Per column: the threshold in 31-bit fixed point (high half) and the alias rank (low half). */
  private final long[] columns;

  ZipfSampler(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs at least one rank, got " + n);
    }
    double[] scaled = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = Math.pow(i + 1, -exponent);
      total += scaled[i];
    }
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = scaled[i] * n / total;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    double[] threshold = new double[n];
    int[] alias = new int[n];
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      threshold[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    // What is left is 1.0 up to rounding error.
    while (largeCount > 0) {
      threshold[large[--largeCount]] = 1.0;
    }
    while (smallCount > 0) {
      threshold[small[--smallCount]] = 1.0;
    }
    columns = new long[n];
    for (int i = 0; i < n; i++) {
      long fixed = Math.min((long) Math.ceil(threshold[i] * 0x1p31), 1L << 31);
      columns[i] = fixed << 32 | alias[i];
    }
  }

  int size() {
    return columns.length;
  }

  int next(SplitMix64 random) {
    long bits = random.nextLong();
    int column = (int) (((bits >>> 32) * columns.length) >>> 32);
    long coin = bits & 0x7fffffffL;
    long entry = columns[column];
    return coin < (entry >>> 32) ? column : (int) entry;
  }
}
