package dev.marvel.samples.gen;

/**
 * A tiny reseedable random source (Steele, Lea and Flood's SplitMix64, the generator behind
 * {@link java.util.SplittableRandom}). Reseeding per row from (seed, row number) makes a row's
 * content independent of how rows are split into files, without an allocation per row.
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  SplitMix64(long seed) {
    state = seed;
  }

  /** Starts the sequence for item {@code index} of the stream {@code stream} under {@code seed}. */
  void reseed(long seed, long stream, long index) {
    state = mix(mix(seed ^ mix(stream)) + index * GOLDEN_GAMMA);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * Uniform in {@code [0, bound)} by Lemire's multiply-shift, without the division of a modulo;
   * its bias (below bound / 2^32) is irrelevant for test data.
   */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in {@code [0, bound)}; the modulo bias is below bound / 2^63. */
  long nextLong(long bound) {
    return (nextLong() >>> 1) % bound;
  }

  /** Uniform in {@code [0, 1)} with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
