package dev.marvel.runtime.testkit;

import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Partitioning;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.SourceSpan;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.DriverOptions;
import dev.marvel.runtime.driver.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A two-stage WordCount bundle on local disk, with real action jars: s1 ({@code WordSplit}) one
 * task per input file, shuffling into {@code partitions}; s2 ({@code WordSum}) one task per
 * partition, writing the sink. Also the input files, and fault markers the actions obey.
 */
public final class WordCountBundle {

  private static final String[] WORDS = {"apple", "banana", "cherry", "date", "elder", "fig",
      "grape"};
  private static Path compiledJars;

  public final Path bundleDir;
  public final Path input;
  public final Path output;
  public final Path shuffle;
  public final Path faults;
  public final Plan plan;

  private WordCountBundle(Path root, int files, int partitions, Parallelism mapParallelism) {
    try {
      bundleDir = Files.createDirectories(root.resolve("bundle"));
      input = Files.createDirectories(root.resolve("input"));
      output = root.resolve("output");
      shuffle = Files.createDirectories(root.resolve("shuffle"));
      faults = Files.createDirectories(root.resolve("faults"));
      for (int i = 0; i < files; i++) {
        Files.writeString(input.resolve(String.format("part-%02d.txt", i)), text(i));
      }
      Files.createDirectories(bundleDir.resolve("actions"));
      Path jars = jars();
      Files.copy(jars.resolve("s1.jar"), bundleDir.resolve("actions/s1.jar"));
      Files.copy(jars.resolve("s2.jar"), bundleDir.resolve("actions/s2.jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Stage s1 = new Stage("s1", "wordcount-s1", "actions/s1.jar", "test.actions.WordSplit",
        "read text | explode word = tokenize(lower(line)) | partial count by word",
        List.of(new InputChannel.Splits(List.of(input.toString()), "text", 1 << 20,
            new TreeMap<>())),
        List.of(new OutputChannel.Shuffle(partitions, true)), mapParallelism,
        new Limits(30_000, 256),
        List.of(new SourceSpan("read", "wordcount.mvl", 2, 12),
            new SourceSpan("explode", "wordcount.mvl", 3, 12)));
    Stage s2 = new Stage("s2", "wordcount-s2", "actions/s2.jar", "test.actions.WordSum",
        "final count by word | write tsv",
        List.of(new InputChannel.Shuffle("s1", partitions, Partitioning.HASH, "word: string")),
        List.of(new OutputChannel.ToSink("counts")), Parallelism.NONE, new Limits(30_000, 256),
        List.of(new SourceSpan("group", "wordcount.mvl", 4, 12)));
    plan = new Plan(Plan.FORMAT_VERSION, "wordcount", new TreeMap<>(Map.of("input",
        input.toString(), "output", output.toString())), List.of(s1, s2),
        List.of(new Sink("counts", "tsv", output.toString(), new TreeMap<>())));
    Bundle.writePlan(bundleDir, plan);
  }

  public static WordCountBundle create(Path root, int files, int partitions) {
    return new WordCountBundle(root, files, partitions, Parallelism.NONE);
  }

  public static WordCountBundle create(Path root, int files, int partitions,
      Parallelism mapParallelism) {
    return new WordCountBundle(root, files, partitions, mapParallelism);
  }

  /** Compiles the two actions once per test JVM. */
  private static synchronized Path jars() throws IOException {
    if (compiledJars == null) {
      Path dir = Files.createTempDirectory("action-jars");
      ActionJars.fromResource("WordSplit", dir.resolve("s1.jar"));
      ActionJars.fromResource("WordSum", dir.resolve("s2.jar"));
      compiledJars = dir;
    }
    return compiledJars;
  }

  /** Options that point the actions at this bundle's shuffle and fault directories. */
  public DriverOptions options(int maxInFlight) {
    return DriverOptions.defaults().withMaxInFlight(maxInFlight)
        .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5)))
        .withStores(Map.of("shuffle", shuffle.toString(), "faults", faults.toString()));
  }

  public void inject(String fault, String stage, int task) {
    try {
      Files.writeString(faults.resolve(fault + "-" + stage + "-" + task), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Word counts computed straight from the input files: the oracle. */
  public Map<String, Long> expectedCounts() throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (Stream<Path> files = Files.list(input)) {
      for (Path f : files.toList()) {
        for (String w : Files.readString(f).split("[^a-z]+")) {
          if (!w.isEmpty()) {
            counts.merge(w, 1L, Long::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Every "word\tcount" line of the committed output, sorted. */
  public List<String> outputLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path f : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    lines.sort(null);
    return lines;
  }

  public static List<String> asLines(Map<String, Long> counts) {
    List<String> lines = new ArrayList<>();
    counts.forEach((w, n) -> lines.add(w + "\t" + n));
    return lines;
  }

  private static String text(int file) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < 12 + 3 * file; j++) {
      sb.append(WORDS[(file * 7 + j * j) % WORDS.length]).append(j % 5 == 4 ? "\n" : " ");
    }
    return sb.append('\n').toString();
  }
}
