package dev.marvel.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shuffle bytes are read from the summary table {@code marvelc run} prints (docs/running.md). */
class RunReportTest {

  @TempDir Path dir;

  @Test
  void readsTheShuffleColumnOfTheTotalLine() throws Exception {
    Path log = Files.writeString(dir.resolve("run.log"), String.join("\n",
        "stage s1: done, 4 tasks in 986 ms",
        "stage  tasks    time  rows in  rows out  bytes in  bytes out  shuffle  bad records",
        "s1         4  986 ms  128,888   177,857   8.0 MiB    4.7 MiB  4.7 MiB            0",
        "s2         2  1.15 s  177,857    81,903   4.7 MiB    1.0 MiB      0 B            0",
        "total      6  2.27 s  306,745   259,760  12.7 MiB    5.7 MiB  4.7 MiB            0",
        "wrote /tmp/out", ""));
    assertEquals(Optional.of("4.7 MiB"), RunReport.shuffled(log));
  }

  @Test
  void nothingWhenTheRunPrintedNoSummary() throws Exception {
    assertEquals(Optional.empty(), RunReport.shuffled(Files.writeString(dir.resolve("h2.log"), "h2: loaded\n")));
  }
}
