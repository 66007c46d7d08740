package dev.marvel.cli;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sizes of a plan's local inputs (a file, or the files under a directory), so the planner can
 * broadcast small join sides and size shuffles. Paths on other file systems ({@code hdfs://}),
 * globs and missing paths are left unknown.
 */
final class LocalInputSizes {

  private LocalInputSizes() {}

  static Map<String, Long> of(LogicalPlan plan) {
    Map<String, Long> sizes = new TreeMap<>();
    for (PlanNode n : plan.nodesBottomUp()) {
      if (n instanceof Source s) {
        localPath(s.path()).flatMap(LocalInputSizes::size).ifPresent(bytes -> sizes.put(s.path(), bytes));
      }
    }
    return sizes;
  }

  private static Optional<Path> localPath(String path) {
    if (path.contains("*") || path.contains("?") || path.contains("[")) {
      return Optional.empty();
    }
    if (path.startsWith("file:")) {
      return Optional.of(Path.of(URI.create(path)));
    }
    return path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? Optional.empty() : Optional.of(Path.of(path));
  }

  private static Optional<Long> size(Path p) {
    try {
      if (Files.isRegularFile(p)) {
        return Optional.of(Files.size(p));
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          return Optional.of(files.filter(Files::isRegularFile).mapToLong(f -> {
            try {
              return Files.size(f);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).sum());
        }
      }
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // an unreadable input is reported when the job runs, not while planning
    }
  }
}
