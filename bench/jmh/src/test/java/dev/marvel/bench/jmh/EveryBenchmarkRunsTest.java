package dev.marvel.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly, on tiny inputs in this JVM, so they keep compiling, running
 * and passing their own checks (a failed check fails the run): the figures themselves mean
 * nothing here.
 */
class EveryBenchmarkRunsTest {
  private static final String PACKAGE = "dev\\.marvel\\.bench\\.jmh\\.";

  @Test
  void everyBenchmarkProducesAResultAndPassesItsChecks() throws RunnerException {
    Options options = new OptionsBuilder()
        .include(PACKAGE)
        .forks(0)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(100))
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .param("blockBytes", "65536")
        .param("blobBytes", "4096")
        .param("blobsPerTask", "4")
        .param("partitions", "2")
        // One budget that holds 64 KiB of words and one that makes the sorter spill and merge.
        .param("memoryBudgetBytes", "16777216", "65536")
        .shouldFailOnError(true)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    SortedSet<String> ran = new TreeSet<>();
    int sorterRuns = 0;
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      ran.add(benchmark);
      sorterRuns += benchmark.endsWith(".spillingSorter") ? 1 : 0;
      double score = result.getPrimaryResult().getScore();
      assertTrue(score > 0, benchmark + " " + result.getParams().getParamsKeys() + " scored " + score);
    }
    assertEquals(declaredBenchmarks(), ran);
    assertEquals(2, sorterRuns, "the sorter runs once per memory budget");
  }

  /** The benchmarks the annotation processor found, independently of what the run reports. */
  private static SortedSet<String> declaredBenchmarks() {
    SortedSet<String> names = new TreeSet<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
        List.of(PACKAGE), List.of())) {
      names.add(entry.getUsername());
    }
    assertFalse(names.isEmpty(), "no benchmarks in META-INF/BenchmarkList");
    return names;
  }
}
