package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import dev.marvel.samples.oracle.WordCountOracle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marvelc run} in a JVM with an 80 MiB heap, near the 64 MiB a JVM takes by default in an
 * action container at OpenWhisk's default memory limit (256 MB): every task's memory budget is
 * then 10 MiB, so WordCount over 300,000 distinct words must flush its map-side tables several
 * times per task and spill its final aggregation, and still give the oracle's counts. Before
 * tables gave their memory back on flush, every new key after the first flush flushed again and
 * the job ran out of time or memory; before shuffle batches kept within the budget, two map
 * tasks' 16 MiB of batches alone filled half the heap.
 */
class SmallHeapRunTest {
  private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
  private static final int DISTINCT_WORDS = 300_000;

  @TempDir Path dir;

  @Test
  void wordCountOverManyDistinctWordsFinishesInASmallHeapWithTheOraclesCounts() throws Exception {
    Path input = dir.resolve("in");
    writeWords(input);
    Path output = dir.resolve("out");
    Path bundle = dir.resolve("bundle");
    // Compiled here, so the small JVM only runs the job.
    StringWriter err = new StringWriter();
    int compiled = Marvelc.run(new String[] {"compile",
        SAMPLES.resolve("wordcount/wordcount.mvl").toString(), "-o", bundle.toString(),
        "-p", "input=" + input, "-p", "output=" + output}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(0, compiled, err.toString());

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx80m"));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Marvelc.class.getName(),
        "run", bundle.toString(), "--split-size", "1MiB", "--parallelism", "2"));
    Path log = dir.resolve("run.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = p.waitFor(150, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly().waitFor();
    }
    String said = Files.readString(log);
    assertTrue(finished, "marvelc run did not finish within 150 s in an 80 MiB heap:\n" + said);
    assertEquals(0, p.exitValue(), said);
    assertTrue(said.contains("s2"), said);
    List<List<String>> counts = Rows.readTsv(output);
    assertEquals(DISTINCT_WORDS, counts.size());
    RowComparator.exact().assertSameRows(WordCountOracle.run(List.of(input)), counts);
  }

  /** Every word three times in two files: each 1 MiB split holds over 100,000 distinct words. */
  private static void writeWords(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int file = 0; file < 2; file++) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("part-" + file + ".txt"),
          StandardCharsets.UTF_8)) {
        int copies = file == 0 ? 2 : 1;
        for (int copy = 0; copy < copies; copy++) {
          for (int i = 0; i < DISTINCT_WORDS; i++) {
            w.write(letters(i));
            w.write(i % 10 == 9 ? '\n' : ' ');
          }
        }
      }
    }
  }

  /** A distinct lower-case word per number: its digits in base 26 as letters, after "w". */
  private static String letters(int n) {
    StringBuilder b = new StringBuilder("w");
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }
}
