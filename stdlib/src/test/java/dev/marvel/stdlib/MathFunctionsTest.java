package dev.marvel.stdlib;

import static dev.marvel.stdlib.MathFunctions.abs;
import static dev.marvel.stdlib.MathFunctions.ceil;
import static dev.marvel.stdlib.MathFunctions.floor;
import static dev.marvel.stdlib.MathFunctions.greatest;
import static dev.marvel.stdlib.MathFunctions.least;
import static dev.marvel.stdlib.MathFunctions.ln;
import static dev.marvel.stdlib.MathFunctions.pow;
import static dev.marvel.stdlib.MathFunctions.round;
import static dev.marvel.stdlib.MathFunctions.sqrt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MathFunctionsTest {

  @Test
  void absOfEachType() {
    assertEquals(5, abs(-5));
    assertEquals(0, abs(0));
    assertEquals(5L, abs(-5L));
    assertEquals(2.5, abs(-2.5));
    assertEquals(0.0, abs(-0.0));
    assertEquals(Double.POSITIVE_INFINITY, abs(Double.NEGATIVE_INFINITY));
  }

  @Test
  void absOfTheSmallestIntegerOverflowsLoudly() {
    assertThrows(ArithmeticException.class, () -> abs(Integer.MIN_VALUE));
    assertThrows(ArithmeticException.class, () -> abs(Long.MIN_VALUE));
  }

  @Test
  void roundSendsHalvesAwayFromZero() {
    assertEquals(3.0, round(2.5));
    assertEquals(-3.0, round(-2.5));
    assertEquals(2.0, round(2.4999));
    assertEquals(-2.0, round(-2.4));
    assertEquals(-3.0, round(-2.6));
    assertEquals(0.0, round(0.49999999999999994), "Math.round's classic trap");
    assertEquals(1.0E17, round(1.0E17));
    assertEquals(Double.NaN, round(Double.NaN));
    assertEquals(Double.NEGATIVE_INFINITY, round(Double.NEGATIVE_INFINITY));
  }

  @Test
  void roundToDigitsRoundsTheWrittenDecimal() {
    assertEquals(2.68, round(2.675, 2));
    assertEquals(-2.68, round(-2.675, 2));
    assertEquals(3.14, round(3.14159, 2));
    assertEquals(1300.0, round(1250.0, -2));
    assertEquals(1200.0, round(1249.99, -2));
    assertEquals(3.0, round(2.5, 0));
    assertEquals(0.1, round(0.1, 10));
    assertEquals(Double.NaN, round(Double.NaN, 2));
  }

  @Test
  void floorAndCeil() {
    assertEquals(-2.0, floor(-1.5));
    assertEquals(1.0, floor(1.9));
    assertEquals(-1.0, ceil(-1.5));
    assertEquals(2.0, ceil(1.1));
    assertEquals(3.0, ceil(3.0));
  }

  @Test
  void powersRootsAndLogarithms() {
    assertEquals(1024.0, pow(2, 10));
    assertEquals(0.5, pow(2, -1));
    assertEquals(1.0, pow(0, 0));
    assertEquals(3.0, sqrt(9));
    assertEquals(Double.NaN, sqrt(-1));
    assertEquals(0.0, ln(1));
    assertEquals(1.0, ln(Math.E));
    assertEquals(Double.NEGATIVE_INFINITY, ln(0));
    assertEquals(Double.NaN, ln(-1));
  }

  @Test
  void greatestAndLeast() {
    assertEquals(3, greatest(3, -7));
    assertEquals(-7, least(3, -7));
    assertEquals(Long.MAX_VALUE, greatest(Long.MAX_VALUE, 0L));
    assertEquals(-1L, least(-1L, 0L));
    assertEquals(2.5, greatest(2.5, -0.5));
    assertEquals(-0.5, least(2.5, -0.5));
    assertEquals(Double.NaN, greatest(Double.NaN, 1.0));
  }
}
