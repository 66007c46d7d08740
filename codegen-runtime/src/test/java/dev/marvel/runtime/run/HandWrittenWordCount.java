package dev.marvel.runtime.run;

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
import dev.marvel.runtime.testkit.ActionJars;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * A two-stage WordCount bundle with hand-written actions ({@code runactions/CountWords},
 * {@code SumWords}) that use the real split reader, shuffle stores and part-file writer, for the
 * runner's tests; and its oracle (lower-cased runs of ASCII letters, counted).
 */
public final class HandWrittenWordCount {
  private static Path compiledJars;

  private HandWrittenWordCount() {}

  /** Writes a bundle reading {@code input} and writing {@code output} into {@code dir}. */
  public static Path bundle(Path dir, String input, String output, int partitions) throws IOException {
    Files.createDirectories(dir.resolve("actions"));
    Files.copy(jars().resolve("s1.jar"), dir.resolve("actions/s1.jar"));
    Files.copy(jars().resolve("s2.jar"), dir.resolve("actions/s2.jar"));
    Stage s1 = new Stage("s1", "wordcount-s1", "actions/s1.jar", "test.run.CountWords",
        "read text | explode word | partial count by word",
        List.of(new InputChannel.Splits(List.of(input), "text", 128L << 20, new TreeMap<>())),
        List.of(new OutputChannel.Shuffle(partitions, true)), Parallelism.NONE,
        new Limits(30_000, 256), List.of(new SourceSpan("read", "wordcount.mvl", 2, 12)));
    Stage s2 = new Stage("s2", "wordcount-s2", "actions/s2.jar", "test.run.SumWords",
        "final count by word | write tsv",
        List.of(new InputChannel.Shuffle("s1", partitions, Partitioning.HASH, "word: string")),
        List.of(new OutputChannel.ToSink("counts")), Parallelism.NONE, new Limits(30_000, 256),
        List.of(new SourceSpan("group", "wordcount.mvl", 4, 12)));
    Plan plan = new Plan(Plan.FORMAT_VERSION, "wordcount",
        new TreeMap<>(Map.of("input", input, "output", output)), List.of(s1, s2),
        List.of(new Sink("counts", "tsv", output, new TreeMap<>())));
    Bundle.writePlan(dir, plan);
    return dir;
  }

  /** The expected "word\tcount" lines for the text files in {@code inputDir}, sorted. */
  public static List<String> expected(Path inputDir) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (var files = Files.list(inputDir)) {
      for (Path f : files.sorted().toList()) {
        for (String w : Files.readString(f).toLowerCase().split("[^a-z]+")) {
          if (!w.isEmpty()) {
            counts.merge(w, 1L, Long::sum);
          }
        }
      }
    }
    List<String> lines = new ArrayList<>();
    counts.forEach((w, n) -> lines.add(w + "\t" + n));
    return lines;
  }

  private static synchronized Path jars() {
    if (compiledJars == null) {
      try {
        Path dir = Files.createTempDirectory("run-action-jars");
        ActionJars.compile("CountWords", source("CountWords"), dir.resolve("s1.jar"),
            JobRunner.class, Configuration.class);
        ActionJars.compile("SumWords", source("SumWords"), dir.resolve("s2.jar"),
            JobRunner.class, Configuration.class);
        compiledJars = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiledJars;
  }

  private static String source(String name) throws IOException {
    try (InputStream in = HandWrittenWordCount.class.getResourceAsStream(
        "/runactions/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
