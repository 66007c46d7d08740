package dev.marvel.runtime.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.TaskJson;
import dev.marvel.runtime.invoke.LocalInvoker;
import dev.marvel.runtime.testkit.ConcurrencyProbe;
import dev.marvel.runtime.testkit.FileSplitPlanner;
import dev.marvel.runtime.testkit.LocalDirCommit;
import dev.marvel.runtime.testkit.WordCountBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-stage WordCount with real action jars, run by the driver through the LocalInvoker. */
class WordCountJobTest {

  @TempDir Path root;
  private final Recorder recorder = new Recorder();
  private LocalInvoker invoker;

  @BeforeEach
  void noProbeTarget() {
    ConcurrencyProbe.reset();
  }

  @AfterEach
  void close() {
    if (invoker != null) {
      invoker.close();
    }
  }

  private JobSummary run(WordCountBundle wc, int maxInFlight) throws JobFailedException {
    return driver(wc, maxInFlight, new LocalInvoker(wc.bundleDir, 4)).run("wc-1", wc.plan);
  }

  private Driver driver(WordCountBundle wc, int maxInFlight, TaskInvoker inv) {
    if (inv instanceof LocalInvoker local) {
      invoker = local;
    }
    return Driver.builder(inv, new FileSplitPlanner()).commit(new LocalDirCommit())
        .state(recorder).progress(recorder).options(wc.options(maxInFlight)).build();
  }

  @Test
  void twoStagesOfSeveralTasksRunToCompletion() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 5, 3);
    JobSummary summary = run(wc, 2);

    assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
    assertFalse(Files.exists(Path.of(wc.output + ".marvel-tmp")), "temporary output cleaned up");
    assertEquals(List.of("s1", "s2"), summary.stages().stream().map(StageSummary::stageId).toList());
    StageSummary map = summary.stages().get(0);
    StageSummary reduce = summary.stages().get(1);
    assertEquals(5, map.tasks());
    assertEquals(3, reduce.tasks());
    long words = wc.expectedCounts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(words, map.totals().recordsIn());
    assertEquals(map.totals().recordsOut(), reduce.totals().recordsIn());
    assertEquals(wc.expectedCounts().size(), reduce.totals().recordsOut());
    assertEquals(map.totals().shuffleBytes(), reduce.totals().bytesIn());
    assertEquals(List.of("started wc-1", "succeeded wc-1"), recorder.jobs);
  }

  @Test
  void progressEventsArriveInOrder() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 4, 2);
    run(wc, 3);
    List<String> kinds = new ArrayList<>();
    for (ProgressEvent e : recorder.events) {
      if (e instanceof ProgressEvent.StageStarted s) {
        kinds.add("start " + s.stageId() + " " + s.tasks());
      } else if (e instanceof ProgressEvent.TaskFinished t) {
        kinds.add("task " + t.stageId() + " " + t.tasksDone() + "/" + t.tasks());
      } else if (e instanceof ProgressEvent.StageFinished f) {
        kinds.add("done " + f.summary().stageId());
      } else if (e instanceof ProgressEvent.JobFinished j) {
        kinds.add("job " + j.summary().jobId());
      } else {
        kinds.add(e.toString());
      }
    }
    assertEquals(List.of("start s1 4", "task s1 1/4", "task s1 2/4", "task s1 3/4", "task s1 4/4",
        "done s1", "start s2 2", "task s2 1/2", "task s2 2/2", "done s2", "job wc-1"), kinds);
  }

  @Test
  void aTaskThatFailsOnceSucceedsOnRetryAndItsOutputAppearsOnce() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 4, 3);
    wc.inject("fail-once", "s1", 2);
    wc.inject("fail-once", "s2", 1);
    JobSummary summary = run(wc, 2);

    assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
    assertEquals(List.of("s1/2#0 RUNNING", "s1/2#0 FAILED", "s1/2#1 RUNNING", "s1/2#1 SUCCEEDED"),
        recorder.history("s1", 2));
    assertEquals(List.of("s2/1#0 RUNNING", "s2/1#0 FAILED", "s2/1#1 RUNNING", "s2/1#1 SUCCEEDED"),
        recorder.history("s2", 1));
    assertEquals(5, summary.stages().get(0).attempts());
    assertEquals(4, summary.stages().get(1).attempts());
    assertTrue(recorder.events.contains(new ProgressEvent.TaskRetrying("s1", 2, 0,
        "the action test.actions.WordSplit threw java.lang.IllegalStateException: injected crash"
            + " after writing part of the output")), recorder.events.toString());
  }

  @Test
  void aUserErrorFailsTheJobAtOnceNamingStageTaskSplitAndSourceLine() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 3, 2);
    wc.inject("fail-always", "s1", 1);
    JobFailedException e = assertThrows(JobFailedException.class, () -> run(wc, 2));

    Path split = wc.input.resolve("part-01.txt");
    assertEquals("stage s1, task 1 failed: cannot cast 'abc' to int\n"
        + "  --> wordcount.mvl:4:18\n"
        + "  stage s1: read text | explode word = tokenize(lower(line)) | partial count by word\n"
        + "  input: split " + split + " [0+" + Files.size(split) + ")\n"
        + "  an error in the program, not retried; job wc-1 was aborted and wrote no output",
        e.getMessage());
    // The same program on the same split would fail the same way: no second attempt.
    assertEquals(List.of("s1/1#0 RUNNING", "s1/1#0 FAILED"), recorder.history("s1", 1));
    assertFalse(Files.exists(wc.output), "no output after a failed job");
    assertFalse(Files.exists(Path.of(wc.output + ".marvel-tmp")), "temporary output aborted");
    assertEquals(List.of("started wc-1", "failed wc-1"), recorder.jobs);
    assertTrue(recorder.events.get(recorder.events.size() - 1) instanceof ProgressEvent.JobFailed);
  }

  @Test
  void neverRunsMoreTasksAtOnceThanAllowed() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 8, 2);
    ConcurrencyProbe.reset(3, 8, 10_000);
    run(wc, 3);
    assertEquals(3, ConcurrencyProbe.maxInside());
    assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
  }

  @Test
  void aStageParallelismHintLowersTheLimit() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 6, 2, new Parallelism(0, 2));
    // Tasks wait (up to 0.5 s) for a third to join them; the limit must keep it out.
    ConcurrencyProbe.reset(3, 6, 500);
    run(wc, 4);
    assertEquals(2, ConcurrencyProbe.maxInside());
  }

  @Test
  void aFailedJobCancelsItsOutstandingTasks() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 3, 2);
    wc.inject("hang", "s1", 0);
    wc.inject("hang", "s1", 1);
    wc.inject("fail-always", "s1", 2);
    // The failing task starts only once both others are running.
    ConcurrencyProbe.reset(3, 3, 10_000);
    assertThrows(JobFailedException.class, () -> run(wc, 3));
    assertEquals(2, ConcurrencyProbe.awaitInterrupted(2), "both hung tasks were interrupted");
    assertEquals(List.of("s1/0#0 RUNNING", "s1/0#0 CANCELLED"), recorder.history("s1", 0));
  }

  @Test
  void everyPayloadTheDriverSendsIsSmall() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 4, 3);
    LocalInvoker local = new LocalInvoker(wc.bundleDir, 2);
    invoker = local;
    AtomicLong largest = new AtomicLong();
    TaskInvoker measuring = (stage, payload) -> {
      largest.accumulateAndGet(TaskJson.size(TaskJson.encode(payload)), Math::max);
      return local.invoke(stage, payload);
    };
    driver(wc, 2, measuring).run("wc-1", wc.plan);
    assertTrue(largest.get() > 0 && largest.get() < 2_000, "largest payload " + largest.get());
  }
}
