package dev.marvel.bench.jmh;

/**
 * The benchmarks' own correctness checks: each operation compares what it computed with a figure
 * known from setup and fails the run if they differ, so a fast wrong result is never reported.
 * A check costs one comparison per operation, which processes a whole block.
 */
final class BenchmarkCheck {
  private BenchmarkCheck() {}

  static void equal(String benchmark, String what, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(benchmark + ": expected " + what + " " + expected + ", got " + actual);
    }
  }

  static void equal(String benchmark, String what, double expected, double actual) {
    if (Double.compare(expected, actual) != 0) {
      throw new IllegalStateException(benchmark + ": expected " + what + " " + expected + ", got " + actual);
    }
  }
}
