package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code marvelc run} of a sample with default settings, started through bin/marvelc itself, so
 * with its JVM flags, default heap and class-data archive (bench/run has built the jars and
 * prepared the archive; {@code MARVELC_NO_BUILD} keeps the script from building). The first run
 * of a sample compiles it into the bundle cache; later runs reuse the cached bundle, as a user's
 * would. With a shuffle store named, the run passes {@code --shuffle STORE} and nothing else
 * changes.
 */
public final class MarvelRun implements BenchSystem {
  private final Path home;
  private final Optional<String> shuffle;

  /** {@code home}: the Marvel checkout, where {@code samples/} lives. */
  public MarvelRun(Path home) {
    this(home, Optional.empty());
  }

  private MarvelRun(Path home, Optional<String> shuffle) {
    this.home = home;
    this.shuffle = shuffle;
  }

  /** {@code marvelc run --shuffle store}: {@code local}, {@code hdfs} or {@code ignite}. */
  public static MarvelRun withShuffle(Path home, String store) {
    return new MarvelRun(home, Optional.of(store));
  }

  @Override
  public String name() {
    return shuffle.map(s -> "marvel --shuffle " + s).orElse("marvel");
  }

  @Override
  public boolean supports(Workload w) {
    return true;
  }

  @Override
  public boolean warmsUp() {
    return true;
  }

  private List<String> marvelc(String... args) {
    List<String> cmd = new ArrayList<>(List.of("env", "MARVELC_NO_BUILD=1",
        home.resolve("bin").resolve("marvelc").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Override
  public List<String> command(Workload w, Path output) {
    List<String> args = new ArrayList<>(List.of("run"));
    String out = "output=" + output;
    String x = "x=" + w.parameter().orElse("");
    args.addAll(switch (w.job()) {
      case WORDCOUNT -> List.of(sample("wordcount"), "-p", "input=" + w.input(), "-p", out);
      case GREP -> List.of(sample("grep"), "-p", "input=" + w.input(), "-p", out,
          "-p", "pattern=" + w.parameter().orElseThrow());
      case BDB_SCAN -> List.of(sample("bdb-scan"), "-p", "rankings=" + w.rankings(), "-p", out, "-p", x);
      case BDB_AGGREGATION -> List.of(sample("bdb-aggregation"), "-p", "uservisits=" + w.uservisits(), "-p", out,
          "-p", x);
      case BDB_JOIN -> List.of(sample("bdb-join"), "-p", "rankings=" + w.rankings(),
          "-p", "uservisits=" + w.uservisits(), "-p", out,
          "-p", "start=" + Workload.JOIN_START, "-p", "end=" + Workload.JOIN_END);
    });
    shuffle.ifPresent(s -> args.addAll(List.of("--shuffle", s)));
    return marvelc(args.toArray(String[]::new));
  }

  @Override
  public Answer result(Workload w, Path output) throws IOException {
    return w.job().isBdb() ? Results.rows(w, output) : Answer.ofCounts(Results.keyCounts(output, false));
  }

  private String sample(String name) {
    return home.resolve("samples").resolve(name).resolve(name + ".mvl").toString();
  }
}
