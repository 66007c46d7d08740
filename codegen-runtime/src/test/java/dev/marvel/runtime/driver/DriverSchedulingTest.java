package dev.marvel.runtime.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.InvalidPlanException;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Partitioning;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The driver's scheduling with an in-process invoker whose behaviour each test scripts: stage
 * order, concurrency of independent stages, what payloads say, and failures around the tasks.
 */
class DriverSchedulingTest {

  /** A join: s1 (files) shuffles, s2 (files) broadcasts, s3 reads both and writes the sink. */
  private static Plan join(int partitions) {
    Stage s3 = stage("s3", List.of(new InputChannel.Shuffle("s1", partitions, Partitioning.HASH,
        "k: string"), new InputChannel.Broadcast("s2")), new OutputChannel.ToSink("out"));
    Stage s2 = stage("s2", List.of(splits("small")), new OutputChannel.Broadcast());
    Stage s1 = stage("s1", List.of(splits("big")), new OutputChannel.Shuffle(partitions, false));
    // Listed consumer first: the driver must follow dependencies, not list order.
    return new Plan(Plan.FORMAT_VERSION, "join", new TreeMap<>(), List.of(s3, s2, s1),
        List.of(new Sink("out", "tsv", "/out", new TreeMap<>())));
  }

  private static Stage stage(String id, List<InputChannel> inputs, OutputChannel output) {
    return new Stage(id, "join-" + id, "actions/" + id + ".jar", "gen." + id, id + " ops", inputs,
        List.of(output), Parallelism.NONE, new Limits(1000, 128), List.of());
  }

  private static InputChannel.Splits splits(String path) {
    return new InputChannel.Splits(List.of(path), "text", 10, new TreeMap<>());
  }

  /** Two splits for "big", one for "small", none for anything else. */
  private static final TaskPlanner PLANNER = input -> switch (input.paths().get(0)) {
    case "big" -> List.of(new TaskInput.Split("big", 0, 10), new TaskInput.Split("big", 10, 5));
    case "small" -> List.of(new TaskInput.Split("small", 0, 3));
    default -> List.of();
  };

  /**
   * Completes attempts on another thread once {@code batch} are outstanding (or at once when
   * batch is 1), so a test can see which attempts the driver had launched before any finished.
   */
  private static final class ScriptedInvoker implements TaskInvoker {
    final List<TaskPayload> payloads = new ArrayList<>();
    final List<List<String>> outstandingAtRelease = new ArrayList<>();
    private final List<CompletableFuture<TaskResult>> outstanding = new ArrayList<>();
    private final List<TaskPayload> outstandingPayloads = new ArrayList<>();
    private final Function<TaskPayload, TaskResult> behaviour;
    private int batch;

    ScriptedInvoker(int batch, Function<TaskPayload, TaskResult> behaviour) {
      this.batch = batch;
      this.behaviour = behaviour;
    }

    @Override
    public synchronized CompletableFuture<TaskResult> invoke(Stage stage, TaskPayload payload) {
      payloads.add(payload);
      CompletableFuture<TaskResult> f = new CompletableFuture<>();
      outstanding.add(f);
      outstandingPayloads.add(payload);
      if (outstanding.size() >= batch) {
        outstandingAtRelease.add(outstandingPayloads.stream()
            .map(p -> p.stageId() + "/" + p.task()).toList());
        List<CompletableFuture<TaskResult>> release = List.copyOf(outstanding);
        List<TaskPayload> of = List.copyOf(outstandingPayloads);
        outstanding.clear();
        outstandingPayloads.clear();
        batch = 1;
        CompletableFuture.runAsync(() -> {
          for (int i = 0; i < release.size(); i++) {
            release.get(i).complete(behaviour.apply(of.get(i)));
          }
        });
      }
      return f;
    }
  }

  private static final TaskResult OK = TaskResult.ok(new TaskCounters(1, 1, 1, 1, 0, 0));

  /** A JobCommit that records calls, and fails where told. */
  private static final class RecordingCommit implements JobCommit {
    final List<String> calls = new ArrayList<>();
    boolean failJobCommit;

    @Override
    public void setupJob(String jobId, Plan plan) {
      calls.add("setup " + jobId);
    }

    @Override
    public String attemptDir(Sink sink, TaskAttempt a) {
      return "/out/_tmp/" + a.stageId() + "-" + a.task() + "-" + a.attempt();
    }

    @Override
    public void commitTask(TaskAttempt a) {
      calls.add("commit " + a.stageId() + "/" + a.task() + "#" + a.attempt());
    }

    @Override
    public void abortTask(TaskAttempt a) {
      calls.add("abort " + a.stageId() + "/" + a.task() + "#" + a.attempt());
    }

    @Override
    public void commitJob(String jobId) throws IOException {
      if (failJobCommit) {
        throw new IOException("rename failed: /out exists");
      }
      calls.add("commitJob " + jobId);
    }

    @Override
    public void abortJob(String jobId) {
      calls.add("abortJob " + jobId);
    }
  }

  private static Driver driver(TaskInvoker invoker, JobCommit commit, int maxInFlight) {
    return Driver.builder(invoker, PLANNER).commit(commit)
        .options(DriverOptions.defaults().withMaxInFlight(maxInFlight)
            .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)))
            .withStores(Map.of("ignite", "127.0.0.1:10800"))
            .withClock(Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC)))
        .build();
  }

  @Test
  void independentStagesRunConcurrentlyAndConsumersWaitForProducers() throws Exception {
    ScriptedInvoker invoker = new ScriptedInvoker(3, p -> OK);
    JobSummary summary = driver(invoker, new RecordingCommit(), 8).run("j", join(2));

    // Ready stages start in plan order (s2 is listed before s1), tasks in index order.
    assertEquals(List.of("s2/0", "s1/0", "s1/1"), invoker.outstandingAtRelease.get(0),
        "both source stages were running before anything finished");
    assertEquals(List.of("s3", "s3"), invoker.payloads.subList(3, 5).stream()
        .map(TaskPayload::stageId).toList());
    assertEquals("s3", summary.stages().get(2).stageId());
  }

  @Test
  void payloadsCarryReferencesToCommittedAttempts() throws Exception {
    ScriptedInvoker invoker = new ScriptedInvoker(1, p ->
        p.stageId().equals("s1") && p.task() == 1 && p.attempt() == 0
            ? TaskResult.failed(TaskError.system("lost the shuffle node")) : OK);
    RecordingCommit commit = new RecordingCommit();
    driver(invoker, commit, 1).run("j", join(2));

    TaskPayload reduce1 = invoker.payloads.stream()
        .filter(p -> p.stageId().equals("s3") && p.task() == 1).findFirst().orElseThrow();
    assertEquals(new TaskPayload("j", "s3", 1, 0,
        List.of(new TaskInput.Partition("s1", 1, List.of(0, 1)),
            new TaskInput.Broadcast("s2", List.of(0))),
        List.of(new TaskOutput.ToSink("out", "/out/_tmp/s3-1-0")),
        new TreeMap<>(Map.of("ignite", "127.0.0.1:10800")), dev.marvel.bundle.BadRecordPolicy.FAIL,
        6_000), reduce1);
    assertEquals(List.of("setup j", "commit s2/0#0", "commit s1/0#0", "abort s1/1#0",
        "commit s1/1#1", "commit s3/0#0", "commit s3/1#0", "commitJob j"), commit.calls);
  }

  @Test
  void aStageWithNoInputSplitsFinishesAndItsConsumersStillRun() throws Exception {
    Stage empty = stage("s1", List.of(splits("nothing")), new OutputChannel.Shuffle(2, true));
    Stage reduce = stage("s2", List.of(new InputChannel.Shuffle("s1", 2, Partitioning.HASH, "k")),
        new OutputChannel.ToSink("out"));
    Plan plan = new Plan(Plan.FORMAT_VERSION, "empty", new TreeMap<>(), List.of(empty, reduce),
        List.of(new Sink("out", "tsv", "/out", new TreeMap<>())));
    ScriptedInvoker invoker = new ScriptedInvoker(1, p -> OK);
    JobSummary summary = driver(invoker, new RecordingCommit(), 2).run("j", plan);

    assertEquals(0, summary.stages().get(0).tasks());
    assertEquals(List.of(new TaskInput.Partition("s1", 0, List.of())),
        invoker.payloads.get(0).inputs());
    assertEquals(2, invoker.payloads.size());
  }

  @Test
  void anInvokerThatBreaksCountsAsAFailedAttempt() throws Exception {
    List<String> calls = new ArrayList<>();
    TaskInvoker flaky = (stage, payload) -> {
      calls.add(payload.stageId() + "/" + payload.task() + "#" + payload.attempt());
      if (payload.attempt() == 0 && payload.stageId().equals("s2")) {
        throw new IllegalStateException("connection refused");
      }
      return payload.attempt() == 1 && payload.stageId().equals("s2")
          ? CompletableFuture.failedFuture(new IOException("429 Too Many Requests"))
          : CompletableFuture.completedFuture(OK);
    };
    driver(flaky, new RecordingCommit(), 1).run("j", join(1));
    // When a retry runs relative to other tasks depends on its backoff; its own order does not.
    assertEquals(List.of("s2/0#0", "s2/0#1", "s2/0#2"),
        calls.stream().filter(c -> c.startsWith("s2/")).toList());
    assertEquals(6, calls.size());
    assertEquals("s3/0#0", calls.get(5));
  }

  @Test
  void anAttemptThatNeverAnswersIsGivenUpAndRetried() throws Exception {
    Stage only = new Stage("s1", "a", "actions/s1.jar", "gen.S1", "ops", List.of(splits("small")),
        List.of(new OutputChannel.ToSink("out")), Parallelism.NONE, new Limits(50, 128), List.of());
    Plan plan = new Plan(Plan.FORMAT_VERSION, "lost", new TreeMap<>(), List.of(only),
        List.of(new Sink("out", "tsv", "/out", new TreeMap<>())));
    List<CompletableFuture<TaskResult>> futures = new ArrayList<>();
    TaskInvoker losesTheFirstReply = (stage, payload) -> {
      CompletableFuture<TaskResult> f = payload.attempt() == 0 ? new CompletableFuture<>()
          : CompletableFuture.completedFuture(OK);
      futures.add(f);
      return f;
    };
    RecordingCommit commit = new RecordingCommit();
    driver(losesTheFirstReply, commit, 1).run("j", plan);
    assertTrue(futures.get(0).isCancelled(), "the unanswered attempt was cancelled");
    assertEquals(List.of("setup j", "abort s1/0#0", "commit s1/0#1", "commitJob j"), commit.calls);
  }

  @Test
  void aFailingJobCommitFailsTheJobAndAbortsIt() {
    RecordingCommit commit = new RecordingCommit();
    commit.failJobCommit = true;
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> driver(new ScriptedInvoker(1, p -> OK), commit, 2).run("j", join(1)));
    assertEquals("cannot commit the output of job j: rename failed: /out exists", e.getMessage());
    assertEquals("abortJob j", commit.calls.get(commit.calls.size() - 1));
  }

  @Test
  void aSystemErrorNamesNoSourceLineAndSaysItIsNotTheProgram() {
    ScriptedInvoker invoker = new ScriptedInvoker(1, p -> p.stageId().equals("s1") && p.task() == 0
        ? TaskResult.failed(TaskError.system("Ignite node unreachable")) : OK);
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> driver(invoker, new RecordingCommit(), 4).run("j", join(3)));
    assertTrue(e.getMessage().startsWith("stage s1, task 0 failed 3 times: Ignite node"
        + " unreachable\n  stage s1: s1 ops\n  input: split big [0+10)\n  a system error"),
        e.getMessage());
  }

  @Test
  void aUserErrorFailsTheJobOnItsFirstAttempt() {
    // Retried, a system error gets further attempts (payloadsCarryReferencesToCommittedAttempts).
    ScriptedInvoker invoker = new ScriptedInvoker(1, p -> p.stageId().equals("s1") && p.task() == 1
        ? TaskResult.failed(TaskError.user("bad regex: Unclosed group", "join.mvl:4:9")) : OK);
    RecordingCommit commit = new RecordingCommit();
    JobFailedException e = assertThrows(JobFailedException.class,
        () -> driver(invoker, commit, 1).run("j", join(2)));

    assertEquals("stage s1, task 1 failed: bad regex: Unclosed group\n  --> join.mvl:4:9\n"
        + "  stage s1: s1 ops\n  input: split big [10+5)\n"
        + "  an error in the program, not retried; job j was aborted and wrote no output",
        e.getMessage());
    List<String> attempts = invoker.payloads.stream()
        .map(p -> p.stageId() + "/" + p.task() + "#" + p.attempt()).toList();
    assertEquals(List.of("s1/1#0"), attempts.stream().filter(a -> a.startsWith("s1/1#")).toList());
    assertEquals("abortJob j", commit.calls.get(commit.calls.size() - 1));
  }

  @Test
  void unreadableInputFailsTheJobBeforeAnyTaskRuns() {
    TaskPlanner broken = input -> {
      throw new IOException("hdfs://nn/big: Permission denied");
    };
    ScriptedInvoker invoker = new ScriptedInvoker(1, p -> OK);
    RecordingCommit commit = new RecordingCommit();
    Driver d = Driver.builder(invoker, broken).commit(commit).build();
    JobFailedException e = assertThrows(JobFailedException.class, () -> d.run("j", join(1)));
    assertEquals("cannot list the input of stage s2: hdfs://nn/big: Permission denied",
        e.getMessage());
    assertEquals(List.of(), invoker.payloads);
    assertEquals(List.of("setup j", "abortJob j"), commit.calls);
  }

  @Test
  void refusesAnInvalidPlanBeforeRunningAnything() {
    Plan bad = new Plan(Plan.FORMAT_VERSION, "bad", new TreeMap<>(),
        List.of(stage("s1", List.of(new InputChannel.Broadcast("s9")),
            new OutputChannel.ToSink("out"))),
        List.of(new Sink("out", "tsv", "/out", new TreeMap<>())));
    ScriptedInvoker invoker = new ScriptedInvoker(1, p -> OK);
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> driver(invoker, new RecordingCommit(), 1).run("j", bad));
    assertEquals(List.of("stages[0].inputs[0].producer: no stage 's9'"), e.problems());
    assertEquals(List.of(), invoker.payloads);
  }
}
