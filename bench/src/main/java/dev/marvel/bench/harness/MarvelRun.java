package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code marvelc run} of the wordcount and grep samples with default settings, started through
 * bin/marvelc itself, so with its JVM flags, default heap and class-data archive (bench/run has
 * built the jars and prepared the archive; {@code MARVELC_NO_BUILD} keeps the script from
 * building). The first run of a sample compiles it; later runs reuse the cached bundle, as a
 * user's would.
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
      case WORDCOUNT -> marvelc("run", sample("wordcount"), "-p", "input=" + w.input(), "-p",
          "output=" + output);
      case GREP -> marvelc("run", sample("grep"), "-p", "input=" + w.input(), "-p", "output=" + output,
          "-p", "pattern=" + w.pattern().orElseThrow());
    };
  }

  private List<String> marvelc(String... args) {
    List<String> cmd = new ArrayList<>(List.of("env", "MARVELC_NO_BUILD=1",
        home.resolve("bin").resolve("marvelc").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Override
  public SortedMap<String, Long> result(Workload w, Path output) throws IOException {
    return Results.keyCounts(output, false);
  }

  private String sample(String name) {
    return home.resolve("samples").resolve(name).resolve(name + ".mvl").toString();
  }
}
