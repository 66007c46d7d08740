package dev.marvel.bench.harness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * A system's result in canonical form, so every system's answer compares equal: rows of text
 * fields, sorted. Fields compare as text, except in the approximate columns — sums and averages
 * of doubles, whose last digits depend on the order of the additions — where both must parse as
 * doubles within a relative {@link #TOLERANCE}. Rows sort with the approximate columns left
 * out, so a last-digit difference cannot reorder them.
 */
public record Answer(List<List<String>> rows, Set<Integer> approximate) {

  /** Far above the rounding error of summing millions of doubles, far below any real mistake. */
  public static final double TOLERANCE = 1e-9;

  public Answer {
    List<List<String>> sorted = new ArrayList<>();
    for (List<String> row : rows) {
      sorted.add(List.copyOf(row));
    }
    sorted.sort(exactFieldOrder(approximate));
    rows = List.copyOf(sorted);
    approximate = Set.copyOf(approximate);
  }

  /** Key → count results (WordCount, Grep): compared exactly. */
  public static Answer ofCounts(SortedMap<String, Long> counts) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      rows.add(List.of(e.getKey(), Long.toString(e.getValue())));
    }
    return new Answer(rows, Set.of());
  }

  /** The first difference from {@code other} in words; empty when the answers agree. */
  public Optional<String> difference(Answer other) {
    for (int i = 0; i < Math.min(rows.size(), other.rows.size()); i++) {
      List<String> a = rows.get(i);
      List<String> b = other.rows.get(i);
      if (!sameRow(a, b)) {
        return Optional.of("row " + (i + 1) + " of " + rows.size() + " (sorted): " + a + " against " + b);
      }
    }
    if (rows.size() != other.rows.size()) {
      return Optional.of(rows.size() + " rows against " + other.rows.size());
    }
    return Optional.empty();
  }

  private boolean sameRow(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int c = 0; c < a.size(); c++) {
      if (!a.get(c).equals(b.get(c)) && !(approximate.contains(c) && close(a.get(c), b.get(c)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean close(String a, String b) {
    try {
      double x = Double.parseDouble(a);
      double y = Double.parseDouble(b);
      return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Comparator<List<String>> exactFieldOrder(Set<Integer> approximate) {
    return (a, b) -> {
      for (int c = 0; c < Math.min(a.size(), b.size()); c++) {
        if (!approximate.contains(c)) {
          int order = a.get(c).compareTo(b.get(c));
          if (order != 0) {
            return order;
          }
        }
      }
      return Integer.compare(a.size(), b.size());
    };
  }
}
