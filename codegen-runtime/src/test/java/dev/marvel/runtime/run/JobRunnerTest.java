package dev.marvel.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.driver.JobFailedException;
import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.io.MiniHdfs;
import dev.marvel.runtime.state.IgniteJobStateStore;
import dev.marvel.runtime.state.RunStatus;
import dev.marvel.runtime.state.TaskRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JobRunner} on a hand-written two-stage WordCount whose actions use the real split
 * reader, shuffle stores and part-file writer: one Ignite node for the class (runs join it with
 * {@code --ignite}, the thin-client path), one MiniDFSCluster for the hdfs:// run.
 */
class JobRunnerTest {
  @TempDir static Path shared;
  @TempDir Path root;

  private static EmbeddedIgnite ignite;
  private static Path input;
  private static List<String> expected;
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  @BeforeAll
  static void startIgniteAndWriteInput() throws IOException {
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(shared.resolve("ignite"))
        .withShuffleRegionMaxBytes(128L << 20));
    input = Files.createDirectories(shared.resolve("input"));
    String[] words = {"alpha", "Beta", "gamma", "delta's", "EPSILON", "zeta-eta", "theta"};
    for (int f = 0; f < 3; f++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 2500 + 700 * f; i++) {
        text.append(words[(i * i + f) % words.length]).append(i % 9 == 8 ? (f == 1 ? "\r\n" : "\n")
            : " ");
      }
      if (f == 2) {
        text.append("last line without newline");
      }
      Files.writeString(input.resolve("part-" + f + ".txt"), text);
    }
    expected = HandWrittenWordCount.expected(input);
  }

  @AfterAll
  static void stopIgnite() {
    ignite.close();
  }

  @AfterEach
  void clearFaults() {
    TestFaults.clear();
  }

  private RunOptions options() {
    return RunOptions.defaults().withProgress(new PrintStream(progress, true))
        .withWorkDir(root.resolve("work"));
  }

  private RunReport run(RunOptions options, String in, String out) throws Exception {
    Path bundle = HandWrittenWordCount.bundle(root.resolve("bundle-" + System.nanoTime()), in,
        out, 3);
    try (JobRunner runner = JobRunner.prepare(options)) {
      return runner.run(bundle);
    }
  }

  private static String listing(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(Path::toString).sorted().toList().toString();
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static List<String> outputLines(Path output) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    lines.sort(null);
    return lines;
  }

  @Test
  void tinySplitsAndSeveralThreadsGiveTheOracleOutputWithSuccessMarker() throws Exception {
    for (int parallelism : new int[] {1, 3}) {
      Path out = root.resolve("out-" + parallelism);
      RunReport report = run(options().withParallelism(parallelism).withSplitSize(4096),
          input.toString(), out.toString());
      assertEquals(expected, outputLines(out));
      assertTrue(Files.exists(out.resolve("_SUCCESS")));
      assertFalse(Files.exists(out.resolve("_temporary")));
      assertTrue(report.summary().stages().get(0).tasks() > 10, "4 KiB splits of ~70 KiB");
    }
    assertTrue(progress.toString().contains("total"), progress.toString());
  }

  @Test
  void everyShuffleStoreGivesTheSameOutput() throws Exception {
    for (ShuffleKind kind : ShuffleKind.values()) {
      Path out = root.resolve("out-" + kind.optionName());
      RunOptions options = options().withShuffle(kind).withParallelism(2).withSplitSize(8192);
      if (kind == ShuffleKind.IGNITE) {
        options = options.withIgniteAddress(ignite.thinClientAddress());
      }
      RunReport report = run(options, input.toString(), out.toString());
      assertEquals(expected, outputLines(out), kind.toString());
      assertEquals(kind, report.shuffle());
    }
    assertTrue(Files.notExists(root.resolve("work/shuffle"))
        || Files.list(root.resolve("work/shuffle")).findAny().isEmpty(), "local shuffle deleted");
  }

  @Test
  void hdfsInputOutputAndShuffle() throws Exception {
    try (MiniHdfs hdfs = MiniHdfs.start("JobRunnerTest")) {
      FileSystem fs = hdfs.fileSystem();
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(input.toUri()),
          new org.apache.hadoop.fs.Path("/in"));
      String out = hdfs.uri() + "/out/wc";
      run(options().withHadoop(hdfs.conf()).withShuffle(ShuffleKind.HDFS).withParallelism(2),
          hdfs.uri() + "/in", out);
      List<String> lines = new ArrayList<>();
      for (FileStatus f : fs.listStatus(new org.apache.hadoop.fs.Path(out))) {
        if (f.getPath().getName().startsWith("part-")) {
          lines.addAll(List.of(new String(fs.open(f.getPath()).readAllBytes(),
              StandardCharsets.UTF_8).split("\n")));
        }
      }
      lines.removeIf(String::isEmpty);
      lines.sort(null);
      assertEquals(expected, lines);
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path(out, "_SUCCESS")));
      assertEquals(0, fs.listStatus(new org.apache.hadoop.fs.Path("/tmp/marvel-shuffle")).length,
          "the job's shuffle files are deleted");
    }
  }

  @Test
  void aTaskFailingOnceIsRetriedWithoutDuplicatesAndTheStateStoreSaysSo() throws Exception {
    TestFaults.inject("once", "s1", 1);
    TestFaults.inject("once", "s2", 0);
    Path out = root.resolve("out");
    RunReport report = run(options().withShuffle(ShuffleKind.IGNITE).withSplitSize(8192)
        .withIgniteAddress(ignite.thinClientAddress()), input.toString(), out.toString());
    assertEquals(expected, outputLines(out));
    try (IgniteJobStateStore state = new IgniteJobStateStore(ignite.connection())) {
      assertEquals(RunStatus.SUCCEEDED, state.job(report.jobId()).orElseThrow().status());
      List<String> s1task1 = new ArrayList<>();
      for (TaskRecord r : state.tasks(report.jobId())) {
        if (r.ref().stage() == 0 && r.ref().task() == 1) {
          s1task1.add(r.ref().attempt() + " " + r.status());
        }
      }
      assertEquals(List.of("0 FAILED", "1 SUCCEEDED"), s1task1);
    }
    assertEquals(4, report.summary().stages().get(1).attempts(), "3 reduce tasks, one retried");
  }

  @Test
  void aTaskFailingEveryTimeLeavesNoOutput() throws Exception {
    TestFaults.inject("always", "s2", 2);
    Path out = root.resolve("out");
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> run(options().withMaxAttempts(2), input.toString(), out.toString()));
    assertTrue(e.getMessage().startsWith("stage s2, task 2 failed 2 times:"), e.getMessage());
    assertFalse(Files.exists(out), "no output, not even a partial one");
  }

  @Test
  void anInterruptedJobCancelsItsTasksAndLeavesNoOutput() throws Exception {
    TestFaults.inject("hang", "s2", 1);
    Path out = root.resolve("out");
    Path bundle = HandWrittenWordCount.bundle(root.resolve("bundle"), input.toString(),
        out.toString(), 3);
    java.util.concurrent.atomic.AtomicReference<Exception> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread job = new Thread(() -> {
      try (JobRunner runner = JobRunner.prepare(options())) {
        runner.run(bundle);
      } catch (Exception e) {
        thrown.set(e);
      }
    });
    job.start();
    TestFaults.awaitHanging();
    assertTrue(Files.exists(out.resolve("_temporary")), "the job was writing when interrupted");
    job.interrupt();
    job.join();
    assertTrue(thrown.get() instanceof JobFailedException, String.valueOf(thrown.get()));
    assertTrue(thrown.get().getMessage().contains("interrupted"), thrown.get().getMessage());
    assertFalse(Files.exists(out), () -> "no output, not even a partial one: " + listing(out));
  }

  @Test
  void anExistingOutputIsRefusedBeforeAnyWorkUnlessOverwriteIsGiven() throws Exception {
    Path out = Files.createDirectories(root.resolve("out"));
    Files.writeString(out.resolve("old.txt"), "old");
    RunSetupException e = assertThrows(RunSetupException.class,
        () -> run(options(), input.toString(), out.toString()));
    assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--overwrite"),
        e.getMessage());
    assertEquals("", progress.toString(), "no stage started");
    assertTrue(Files.exists(out.resolve("old.txt")));

    run(options().withOverwrite(true), input.toString(), out.toString());
    assertFalse(Files.exists(out.resolve("old.txt")));
    assertEquals(expected, outputLines(out));
  }
}
