package dev.marvel.bundle;

import java.util.Locale;
import java.util.Optional;

/** How a shuffle assigns keys to partitions. */
public enum Partitioning {
  HASH,
  /** Ordered partitions for a global sort; partition boundaries are the runtime's to sample. */
  RANGE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Partitioning> fromJson(String name) {
    for (Partitioning p : values()) {
      if (p.jsonName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
