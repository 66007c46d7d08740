package dev.marvel.runtime.run;

import java.util.Locale;

/** Where a local run keeps the data between stages ({@code --shuffle}). */
public enum ShuffleKind {
  /** Files in a temporary directory of this machine. */
  LOCAL,
  /** Ignite caches: the embedded node, or the cluster named by {@code --ignite}. */
  IGNITE,
  /** A Hadoop file system: the one of the first sink's path (HDFS when the output is there). */
  HDFS;

  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code local}, {@code ignite} or {@code hdfs}. */
  public static ShuffleKind parse(String text) {
    for (ShuffleKind kind : values()) {
      if (kind.optionName().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("shuffle store '" + text
        + "' is not one of: local, ignite, hdfs");
  }
}
