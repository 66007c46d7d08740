package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a {@code marvelc run} printed about itself: the shuffle bytes of its summary table. */
final class RunReport {
  private RunReport() {}

  /**
   * The {@code shuffle} column of the summary's {@code total} line, as printed ({@code 4.7 MiB}):
   * the second and third fields from the end, before {@code bad records}. Empty if the log has no
   * summary.
   */
  static Optional<String> shuffled(Path log) throws IOException {
    List<String> totals = Files.readAllLines(log).stream().filter(l -> l.startsWith("total ")).toList();
    if (totals.isEmpty()) {
      return Optional.empty();
    }
    String[] fields = totals.get(totals.size() - 1).trim().split("\\s+");
    return fields.length < 4 ? Optional.empty()
        : Optional.of(fields[fields.length - 3] + " " + fields[fields.length - 2]);
  }
}
