package dev.marvel.bench.harness;

import java.util.Comparator;
import java.util.List;

/** Medians: the figure reported for several runs on a noisy, shared machine. */
final class Stats {
  private Stats() {}

  /** The run with the median wall time (the lower middle one for an even count), with its own CPU and RSS. */
  static Measurement median(List<Measurement> runs) {
    List<Measurement> sorted = runs.stream().sorted(Comparator.comparingLong(Measurement::wallMillis)).toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
