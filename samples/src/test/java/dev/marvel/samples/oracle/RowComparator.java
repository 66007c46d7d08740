package dev.marvel.samples.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a run's rows with an oracle's. Every field must be textually equal, except in the
 * columns named approximate: there both texts must parse as doubles that agree within a
 * relative tolerance, because a sum of doubles depends on the order of its additions, and a
 * distributed run adds in a different order than an SQL database.
 *
 * <p>Both sides are sorted first with the approximate columns left out of the sort key, so a
 * last-digit difference cannot reorder rows; the exact columns must then identify the rows.
 */
public final class RowComparator {

  /** For sums of at most millions of doubles: far above their rounding error, far below a bug. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private final Set<Integer> approximate;
  private final double tolerance;

  private RowComparator(Set<Integer> approximate, double tolerance) {
    this.approximate = new TreeSet<>(approximate);
    this.tolerance = tolerance;
  }

  /** Every field compared as text. */
  public static RowComparator exact() {
    return new RowComparator(Set.of(), 0);
  }

  /** The given 0-based columns compared as doubles within {@link #DEFAULT_TOLERANCE}. */
  public static RowComparator approximate(Integer... columns) {
    return new RowComparator(Set.of(columns), DEFAULT_TOLERANCE);
  }

  public RowComparator withTolerance(double relative) {
    return new RowComparator(approximate, relative);
  }

  /** Fails with a description of the first difference, if any. */
  public void assertSameRows(List<List<String>> expected, List<List<String>> actual) {
    Optional<String> difference = difference(expected, actual);
    if (difference.isPresent()) {
      throw new AssertionError(difference.get());
    }
  }

  /** The first difference between the row sets, in words; empty when they agree. */
  public Optional<String> difference(List<List<String>> expected, List<List<String>> actual) {
    List<List<String>> want = sortedByExactColumns(expected);
    List<List<String>> got = sortedByExactColumns(actual);
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      Optional<String> rowDifference = rowDifference(want.get(i), got.get(i));
      if (rowDifference.isPresent()) {
        return Optional.of("row " + (i + 1) + " of " + want.size() + " (sorted): "
            + rowDifference.get() + "\n  expected " + want.get(i) + "\n  actual   " + got.get(i));
      }
    }
    if (want.size() != got.size()) {
      List<List<String>> extra = want.size() > got.size() ? want : got;
      return Optional.of("expected " + want.size() + " rows but got " + got.size()
          + "; first unmatched: " + extra.get(Math.min(want.size(), got.size())));
    }
    return Optional.empty();
  }

  private Optional<String> rowDifference(List<String> want, List<String> got) {
    if (want.size() != got.size()) {
      return Optional.of(want.size() + " fields expected, " + got.size() + " found");
    }
    for (int c = 0; c < want.size(); c++) {
      String w = want.get(c);
      String g = got.get(c);
      if (w.equals(g)) {
        continue;
      }
      if (!approximate.contains(c)) {
        return Optional.of("field " + c + " differs");
      }
      if (!closeEnough(w, g)) {
        return Optional.of("field " + c + " differs by more than relative " + tolerance);
      }
    }
    return Optional.empty();
  }

  private boolean closeEnough(String want, String got) {
    double w;
    double g;
    try {
      w = Double.parseDouble(want);
      g = Double.parseDouble(got);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Double.isNaN(w) || Double.isNaN(g) || Double.isInfinite(w) || Double.isInfinite(g)) {
      return Double.compare(w, g) == 0;
    }
    return Math.abs(w - g) <= tolerance * Math.max(Math.abs(w), Math.abs(g));
  }

  private List<List<String>> sortedByExactColumns(List<List<String>> rows) {
    List<List<String>> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Rows.ORDER.compare(exactPart(a), exactPart(b)));
    return sorted;
  }

  private List<String> exactPart(List<String> row) {
    List<String> part = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      part.add(approximate.contains(c) ? "" : row.get(c));
    }
    return part;
  }
}
