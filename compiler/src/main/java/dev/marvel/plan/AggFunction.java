package dev.marvel.plan;

import java.util.Locale;

/**
 * The aggregate functions. Their meaning per {@link Phase}: SINGLE and PARTIAL compute over input
 * rows; FINAL merges partial results — {@code count} sums partial counts, {@code sum}/{@code min}/
 * {@code max} apply themselves again, {@code avg} takes (sum, count) columns and divides, and
 * {@code count_distinct} counts distinct values of rows already de-duplicated map-side.
 */
public enum AggFunction {
  COUNT, SUM, MIN, MAX, AVG, COUNT_DISTINCT;

  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether partial results can be merged (a combiner can run map-side). */
  public boolean isAlgebraic() {
    return this != COUNT_DISTINCT;
  }
}
