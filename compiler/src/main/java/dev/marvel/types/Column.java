package dev.marvel.types;

import java.util.Optional;

/**
 * A column of a dataset's schema. {@code qualifier} is the name a join side gave it ({@code r} in
 * {@code r.pageURL}); columns of a plain dataset have none.
 */
public record Column(Optional<String> qualifier, String name, Type type) {

  public static Column of(String name, Type type) {
    return new Column(Optional.empty(), name, type);
  }

  /** {@code r.pageURL} or {@code pageURL}. */
  public String display() {
    return qualifier.map(q -> q + "." + name).orElse(name);
  }

  public Column unqualified() {
    return new Column(Optional.empty(), name, type);
  }
}
