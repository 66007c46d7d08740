package dev.marvel.plan;

import java.util.Locale;

/** How a source reads or a sink writes rows. */
public enum FileFormat {
  TEXT, CSV, TSV;

  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code name} in source ({@code csv}), if any. */
  public static FileFormat named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
