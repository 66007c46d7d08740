package dev.marvel.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs once end to end on tiny data, so it keeps working between real runs. */
class BenchMainTest {

  @TempDir Path work;

  @Test
  void runsEverySystemOnTinyDataAndReportsRatios() throws Exception {
    String table = run("--sizes", "256KiB", "--runs", "1", "--workloads", "wordcount,grep",
        "--systems", "hand-written,hadoop-mr-local", "--work", work.toString());
    assertEquals(2 + 4, table.lines().count(), table);
    assertTrue(table.contains("| wordcount | 256 KiB | hand-written |"), table);
    assertTrue(table.lines().filter(l -> l.contains("| hand-written |")).allMatch(l -> l.endsWith("| 1.00 |")), table);
    assertTrue(table.contains("| grep 'qu[a-z]+' | 256 KiB | hadoop-mr-local |"), table);
  }

  /**
   * Marvel, H2 and the hand-written programs agree on BDB Q1–Q3 (or the run would throw), and the three shuffle stores agree
   * on Q2 with X=12 and report what they shuffled.
   */
  @Test
  void runsTheBdbQueriesAndTheShuffleStoresOnTinyData() throws Exception {
    String cache = System.setProperty("marvel.cache", work.resolve("bundles").toString());
    try {
      String tables = run("--sizes", "256KiB", "--runs", "1", "--warmup", "0",
          "--workloads", "bdb-q1,bdb-q2,bdb-q3,shuffle-stores", "--systems", "hand-written,marvel,h2", "--work", work.toString());
      List<String> lines = tables.lines().toList();
      assertEquals(2 + 9 + 1 + 2 + 3, lines.size(), tables);
      for (String query : List.of("| bdb-q1 pageRank > 1000 |", "| bdb-q2 X=8 |", "| bdb-q3 1980-01-01..1980-04-01 |")) {
        for (String system : List.of("| marvel |", "| h2 |")) {
          assertTrue(lines.stream().anyMatch(l -> l.startsWith(query) && l.contains(system)), tables);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(query) && l.contains("| hand-written |")
            && l.endsWith("| 1.00 |")), tables);
      }
      assertTrue(lines.get(12).contains("| shuffle store |") && lines.get(12).endsWith("| × local |"), tables);
      for (String store : List.of("local", "hdfs", "ignite")) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| bdb-q2 X=12 |") && l.contains("| " + store + " |")
            && l.matches(".*\\| [0-9.]+ [KM]?i?B \\| [0-9.]+ \\|$")), tables);
      }
    } finally {
      if (cache == null) {
        System.clearProperty("marvel.cache");
      } else {
        System.setProperty("marvel.cache", cache);
      }
    }
  }

  @Test
  void refusesUnknownWorkloadsAndSystemsNamingTheKnownOnes() {
    IllegalArgumentException workload = assertThrows(IllegalArgumentException.class,
        () -> BenchMain.Options.parse(new String[] {"--workloads", "bdb-q4"}));
    assertTrue(workload.getMessage().contains("unknown workload 'bdb-q4'")
        && workload.getMessage().contains("bdb-q3"), workload.getMessage());
    IllegalArgumentException store = assertThrows(IllegalArgumentException.class,
        () -> BenchMain.Options.parse(new String[] {"--stores", "s3"}));
    assertTrue(store.getMessage().contains("local,hdfs,ignite"), store.getMessage());
  }

  private static String run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(0, BenchMain.run(BenchMain.Options.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
