package dev.marvel.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgniteJobStateStoreTest {
  @TempDir static Path work;
  private static EmbeddedIgnite ignite;
  private static IgniteConnection remote;
  private static JobStateStore driver;
  /** Another process's view: a thin client, as {@code marvelc status} or a resuming driver has. */
  private static JobStateStore observer;

  @BeforeAll
  static void start() {
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(work)
        .withShuffleRegionMaxBytes(64L << 20));
    driver = new IgniteJobStateStore(ignite.connection(), 1, new SteppingClock());
    remote = IgniteConnection.connect(ignite.thinClientAddress());
    observer = new IgniteJobStateStore(remote);
  }

  @AfterAll
  static void stop() {
    if (remote != null) {
      remote.close();
    }
    if (ignite != null) {
      ignite.close();
    }
  }

  @Test
  void jobLifecycleIsVisibleToAnotherReader() {
    JobRecord started = driver.startJob("lifecycle", Map.of("output", "/out/wc"));
    assertEquals(RunStatus.RUNNING, started.status());
    assertEquals(started, driver.startJob("lifecycle", Map.of("output", "/elsewhere")),
        "starting a known job returns it unchanged");
    assertEquals(Optional.of(started), observer.job("lifecycle"));
    assertTrue(observer.jobIds().contains("lifecycle"));

    JobRecord failed = driver.finishJob("lifecycle", RunStatus.FAILED, "stage 1 failed 3 times");
    assertEquals("stage 1 failed 3 times", observer.job("lifecycle").orElseThrow().error());
    assertTrue(failed.updatedMillis() > started.updatedMillis());
    IllegalStateException again = assertThrows(IllegalStateException.class,
        () -> driver.finishJob("lifecycle", RunStatus.SUCCEEDED, null));
    assertEquals("job lifecycle is FAILED and cannot become SUCCEEDED", again.getMessage());
    driver.deleteJob("lifecycle");
  }

  @Test
  void progressCountsEachTaskByItsBestAttempt() {
    driver.startJob("progress", Map.of());
    for (int task = 0; task < 3; task++) {
      driver.queueTask(new TaskAttemptRef("progress", 0, task, 0));
    }
    driver.queueTask(new TaskAttemptRef("progress", 1, 0, 0));
    assertEquals(new StageProgress(0, 3, 3, 0, 0, 0), stage(observer, "progress", 0));

    TaskAttemptRef t0 = new TaskAttemptRef("progress", 0, 0, 0);
    driver.updateTask(t0, RunStatus.RUNNING, counters("records.in", 0), null);
    driver.updateTask(t0, RunStatus.SUCCEEDED, counters("records.in", 10, "records.out", 4), null);
    TaskAttemptRef t1 = new TaskAttemptRef("progress", 0, 1, 0);
    driver.updateTask(t1, RunStatus.RUNNING, counters(), null);
    driver.updateTask(t1, RunStatus.FAILED, counters(), "action timed out");
    TaskAttemptRef t1retry = new TaskAttemptRef("progress", 0, 1, 1);
    driver.queueTask(t1retry);
    driver.updateTask(t1retry, RunStatus.RUNNING, counters(), null);

    assertEquals(new StageProgress(0, 3, 1, 1, 1, 0), stage(observer, "progress", 0),
        "the retry counts, not the failed attempt");
    assertEquals(new StageProgress(1, 1, 1, 0, 0, 0), stage(observer, "progress", 1));
    TaskRecord done = observer.task(t0).orElseThrow();
    assertEquals(counters("records.in", 10, "records.out", 4), done.counters());
    assertEquals("action timed out", observer.task(t1).orElseThrow().error());
    assertEquals(List.of("0/0/0", "0/1/0", "0/1/1", "0/2/0", "1/0/0"),
        observer.tasks("progress").stream()
            .map(r -> r.ref().stage() + "/" + r.ref().task() + "/" + r.ref().attempt()).toList());
    driver.deleteJob("progress");
  }

  @Test
  void lateReportCannotMoveAFinishedAttempt() {
    driver.startJob("late", Map.of());
    TaskAttemptRef ref = new TaskAttemptRef("late", 0, 0, 0);
    driver.queueTask(ref);
    driver.updateTask(ref, RunStatus.RUNNING, counters(), null);
    driver.updateTask(ref, RunStatus.SUCCEEDED, counters("records.out", 5), null);

    IllegalStateException late = assertThrows(IllegalStateException.class,
        () -> observer.updateTask(ref, RunStatus.FAILED, counters(), "lost reply"));
    assertEquals("late stage 0 task 0 attempt 0 is SUCCEEDED and cannot become FAILED",
        late.getMessage());
    assertEquals(RunStatus.SUCCEEDED, driver.task(ref).orElseThrow().status());
    assertEquals(ref, driver.queueTask(ref).ref(), "queueing a known attempt keeps it");
    assertEquals(RunStatus.SUCCEEDED, driver.task(ref).orElseThrow().status());
    driver.deleteJob("late");
  }

  @Test
  void anAttemptsPlacementHintIsKeptForItsLife() {
    driver.startJob("placed", Map.of());
    TaskAttemptRef placed = new TaskAttemptRef("placed", 0, 0, 0);
    TaskAttemptRef unplaced = new TaskAttemptRef("placed", 1, 0, 0);
    driver.queueTask(placed, List.of("w2.example", "w1.example"));
    driver.queueTask(unplaced);
    driver.updateTask(placed, RunStatus.RUNNING, counters(), null);
    driver.updateTask(placed, RunStatus.SUCCEEDED, counters("recordsOut", 5), null);
    assertEquals(List.of("w2.example", "w1.example"),
        observer.task(placed).orElseThrow().placement(), "best first, as the driver chose");
    assertEquals(List.of(), observer.task(unplaced).orElseThrow().placement());
    driver.deleteJob("placed");
  }

  @Test
  void concurrentStartsOfOneAttemptLetExactlyOneWin() throws Exception {
    driver.startJob("race", Map.of());
    int tasks = 20;
    for (int task = 0; task < tasks; task++) {
      driver.queueTask(new TaskAttemptRef("race", 0, task, 0));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> racers = new ArrayList<>();
      for (JobStateStore store : List.of(driver, observer)) {
        racers.add(pool.submit(() -> {
          start.await();
          int won = 0;
          for (int task = 0; task < tasks; task++) {
            try {
              store.updateTask(new TaskAttemptRef("race", 0, task, 0), RunStatus.RUNNING,
                  counters(), null);
              won++;
            } catch (IllegalStateException lost) {
              // The other racer moved this attempt first.
            }
          }
          return won;
        }));
      }
      start.countDown();
      assertEquals(tasks, racers.get(0).get() + racers.get(1).get());
      assertEquals(new StageProgress(0, tasks, 0, tasks, 0, 0), stage(observer, "race", 0));
    } finally {
      pool.shutdownNow();
    }
    driver.deleteJob("race");
  }

  @Test
  void unknownJobsAndAttemptsAreExplained() {
    assertEquals(Optional.empty(), observer.progress("nobody"));
    IllegalStateException noJob = assertThrows(IllegalStateException.class,
        () -> driver.queueTask(new TaskAttemptRef("nobody", 0, 0, 0)));
    assertEquals("cannot queue nobody stage 0 task 0 attempt 0: unknown job nobody; start it first",
        noJob.getMessage());
    driver.startJob("sparse", Map.of());
    IllegalStateException noTask = assertThrows(IllegalStateException.class,
        () -> driver.updateTask(new TaskAttemptRef("sparse", 0, 0, 0), RunStatus.RUNNING,
            counters(), null));
    assertTrue(noTask.getMessage().startsWith("unknown task attempt"), noTask.getMessage());
    IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
        () -> driver.startJob("../etc", Map.of()));
    assertTrue(badId.getMessage().startsWith("invalid job id '../etc'"), badId.getMessage());
    driver.deleteJob("sparse");
    assertEquals(Optional.empty(), observer.job("sparse"));
  }

  private static StageProgress stage(JobStateStore store, String job, int stage) {
    return store.progress(job).orElseThrow().stages().get(stage);
  }

  private static TreeMap<String, Long> counters(Object... namesAndValues) {
    TreeMap<String, Long> counters = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      counters.put((String) namesAndValues[i], ((Integer) namesAndValues[i + 1]).longValue());
    }
    return counters;
  }

  /** A clock that moves one second per reading, so every update has a later timestamp. */
  private static final class SteppingClock extends Clock {
    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.addAndGet(1000));
    }
  }
}
