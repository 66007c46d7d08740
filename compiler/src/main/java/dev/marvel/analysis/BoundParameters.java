package dev.marvel.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of every parameter of one pipeline for one run: given on the command line, else the
 * default. Values are Integer, Long, Double, Boolean, String (string and path) or
 * {@link java.time.LocalDate}; iteration is sorted by name.
 */
public record BoundParameters(String pipeline, Map<String, Object> values) {
  public BoundParameters {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public Object get(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("pipeline " + pipeline + " has no parameter " + name);
    }
    return v;
  }
}
