package dev.marvel.samples.gen;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^exponent}
 * in constant time, by Walker's alias method (Vose's construction): a text generator draws one
 * rank per word, so a binary search per draw would dominate its cost.
 */
final class ZipfSampler {

  private final double[] threshold;
  private final int[] alias;

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
    threshold = new double[n];
    alias = new int[n];
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
  }

  int size() {
    return threshold.length;
  }

  int next(SplitMix64 random) {
    long bits = random.nextLong();
    int column = (int) (((bits >>> 32) * threshold.length) >>> 32);
    double coin = (bits & 0xffffffffL) * 0x1.0p-32;
    return coin < threshold[column] ? column : alias[column];
  }
}
