package dev.marvel.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Null checks and defensive copies shared by the model's compact constructors. */
final class Require {

  private Require() {}

  /** A non-null string; emptiness is {@link PlanValidator}'s business, so it can name the path. */
  static String text(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    return value;
  }

  static SortedMap<String, String> sorted(Map<String, String> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
