package dev.marvel.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenchmarkCheckTest {
  @Test
  void aDifferentCountFailsNamingTheBenchmarkAndTheFigure() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BenchmarkCheck.equal("asciiWords", "words", 12, 11));
    assertEquals("asciiWords: expected words 12, got 11", e.getMessage());
  }

  @Test
  void aSumOffByOneUlpFails() {
    assertThrows(IllegalStateException.class,
        () -> BenchmarkCheck.equal("rowCodec", "sum of ad revenue", 0.3, Math.nextUp(0.3)));
  }

  @Test
  void equalFiguresPass() {
    BenchmarkCheck.equal("rowCodec", "sum of ad revenue", 0.1 + 0.2, 0.1 + 0.2);
    BenchmarkCheck.equal("asciiWords", "words", 12, 12);
  }
}
