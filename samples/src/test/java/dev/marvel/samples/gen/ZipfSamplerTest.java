package dev.marvel.samples.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

  @Test
  void drawsEachRankInProportionToOneOverRank() {
    ZipfSampler zipf = new ZipfSampler(4, 1.0);
    SplitMix64 random = new SplitMix64(1);
    int[] counts = new int[4];
    int draws = 250_000;
    for (int i = 0; i < draws; i++) {
      counts[zipf.next(random)]++;
    }
    double harmonic = 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0;
    for (int rank = 0; rank < 4; rank++) {
      double expected = draws / ((rank + 1) * harmonic);
      assertEquals(expected, counts[rank], expected * 0.02, "rank " + rank);
    }
  }

  @Test
  void oneRankIsAlwaysDrawn() {
    ZipfSampler zipf = new ZipfSampler(1, 1.0);
    SplitMix64 random = new SplitMix64(2);
    for (int i = 0; i < 100; i++) {
      assertEquals(0, zipf.next(random));
    }
    assertThrows(IllegalArgumentException.class, () -> new ZipfSampler(0, 1.0));
  }
}
