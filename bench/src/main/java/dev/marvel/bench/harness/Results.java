package dev.marvel.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads result files — {@code key<TAB>count} lines or TSV rows — whatever the system that wrote them. */
final class Results {
  private Results() {}

  /** The visible part files of an output directory (or the file itself), in name order. */
  static List<Path> parts(Path output) throws IOException {
    if (!Files.isDirectory(output)) {
      return List.of(output);
    }
    try (Stream<Path> s = Files.list(output)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** TSV rows, fields split at tabs, compared with the workload's approximate columns. */
  static Answer rows(Workload w, Path output) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Path part : parts(output)) {
      try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
        lines.filter(l -> !l.isEmpty()).forEach(line -> rows.add(List.of(line.split("\t", -1))));
      }
    }
    return new Answer(rows, w.approximateColumns());
  }

  /** Lines {@code key<TAB>count}; with {@code countFirst}, lines {@code count<TAB>key} (Hadoop's Grep). */
  static SortedMap<String, Long> keyCounts(Path output, boolean countFirst) throws IOException {
    SortedMap<String, Long> m = new TreeMap<>();
    for (Path part : parts(output)) {
      try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
        lines.filter(l -> !l.isEmpty()).forEach(line -> {
          int tab = countFirst ? line.indexOf('\t') : line.lastIndexOf('\t');
          String key = countFirst ? line.substring(tab + 1) : line.substring(0, tab);
          long count = Long.parseLong(countFirst ? line.substring(0, tab) : line.substring(tab + 1));
          if (m.put(key, count) != null) {
            throw new UncheckedIOException(new IOException("key '" + key + "' appears twice in " + output));
          }
        });
      }
    }
    return m;
  }
}
