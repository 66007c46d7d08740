package dev.marvel.bundle;

import java.util.SortedMap;

/** A {@code write … to FORMAT(path, options)} of the program: one committed output directory. */
public record Sink(String id, String format, String path, SortedMap<String, String> options) {
  public Sink {
    id = Require.text(id, "id");
    format = Require.text(format, "format");
    path = Require.text(path, "path");
    options = Require.sorted(options);
  }
}
