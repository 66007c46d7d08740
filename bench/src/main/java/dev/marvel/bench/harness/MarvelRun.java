package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code marvelc run} of the wordcount and grep samples with default settings, started as its
 * own process exactly as bin/marvelc starts it (same main class, same JVM flags). The first run
 * of a sample compiles it; later runs reuse the cached bundle, as a user's would.
 */
public final class MarvelRun implements BenchSystem {
  private final Path home;

  /** {@code home}: the Marvel checkout, where {@code samples/} lives. */
  public MarvelRun(Path home) {
    this.home = home;
  }

  @Override
  public String name() {
    return "marvel";
  }

  @Override
  public boolean supports(Workload w) {
    return true;
  }

  @Override
  public List<String> command(Workload w, Path output) {
    return switch (w.job()) {
      case WORDCOUNT -> JavaCommand.of(null, "dev.marvel.cli.Marvelc", "run",
          sample("wordcount"), "-p", "input=" + w.input(), "-p", "output=" + output);
      case GREP -> JavaCommand.of(null, "dev.marvel.cli.Marvelc", "run",
          sample("grep"), "-p", "input=" + w.input(), "-p", "output=" + output, "-p", "pattern=" + w.pattern().orElseThrow());
    };
  }

  @Override
  public SortedMap<String, Long> result(Workload w, Path output) throws IOException {
    return Results.keyCounts(output, false);
  }

  private String sample(String name) {
    return home.resolve("samples").resolve(name).resolve(name + ".mvl").toString();
  }
}
