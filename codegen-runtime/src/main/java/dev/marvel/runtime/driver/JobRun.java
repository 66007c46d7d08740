package dev.marvel.runtime.driver;

import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a plan. All decisions are taken on the calling thread, in an event loop:
 * invokers and the timer (retries, reply watchdogs) only post events to {@link #events}. So
 * decisions depend on nothing but the order in which attempts finish and retries fall due.
 */
final class JobRun {

  private static final System.Logger LOG = System.getLogger(JobRun.class.getName());

  /** How long after a task's time limit the driver stops waiting for its reply. */
  private static final long WATCHDOG_GRACE_MS = 10_000;

  private record Pending(StageRun stage, int task, int attempt) {}

  private record Running(StageRun stage, CompletableFuture<TaskResult> future,
      ScheduledFuture<?> watchdog) {}

  private final String jobId;
  private final Plan plan;
  private final Driver driver;
  private final Map<String, StageRun> stages = new LinkedHashMap<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Map<TaskAttempt, Running> inFlight = new LinkedHashMap<>();
  private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
  private final List<StageSummary> finishedStages = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marvel-driver-timer");
    t.setDaemon(true);
    return t;
  });
  private int retriesWaiting;
  private String failure;

  JobRun(String jobId, Plan plan, Driver driver) {
    this.jobId = jobId;
    this.plan = plan;
    this.driver = driver;
    plan.stages().forEach(s -> stages.put(s.id(), new StageRun(s)));
  }

  JobSummary run() throws JobFailedException {
    long start = System.nanoTime();
    driver.state.jobStarted(jobId, plan);
    try {
      execute();
    } catch (RuntimeException | Error e) {
      // A bug (ours or a listener's): still stop the tasks and leave no partial output.
      fail("internal error in the driver: " + e);
      abortJob();
      throw e;
    } finally {
      timer.shutdownNow();
    }
    if (failure != null) {
      abortJob();
      driver.state.jobFinished(jobId, false, failure);
      driver.progress.on(new ProgressEvent.JobFailed(jobId, failure));
      throw new JobFailedException(jobId, failure);
    }
    JobSummary summary = new JobSummary(jobId, finishedStages,
        Duration.ofNanos(System.nanoTime() - start));
    driver.state.jobFinished(jobId, true, "");
    driver.progress.on(new ProgressEvent.JobFinished(summary));
    return summary;
  }

  /** Runs every stage, then commits the output; on failure, leaves {@link #failure} set. */
  private void execute() {
    try {
      driver.commit.setupJob(jobId, plan);
    } catch (IOException e) {
      fail("cannot prepare the output of job " + jobId + ": " + e.getMessage());
      return;
    }
    startReadyStages();
    try {
      while (failure == null && finishedStages.size() < stages.size()) {
        dispatch();
        if (inFlight.isEmpty() && pending.isEmpty() && retriesWaiting == 0) {
          throw new IllegalStateException("driver stalled with unfinished stages: a Marvel bug");
        }
        events.take().run();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("job " + jobId + " was interrupted");
      return;
    }
    if (failure == null) {
      try {
        driver.commit.commitJob(jobId);
      } catch (IOException e) {
        fail("cannot commit the output of job " + jobId + ": " + e.getMessage());
      }
    }
  }

  /** Starts, in plan order, every stage whose producers have all finished. */
  private void startReadyStages() {
    boolean changed = true;
    while (changed && failure == null) {
      changed = false;
      for (StageRun run : stages.values()) {
        if (failure == null && !run.started()
            && run.stage.producers().stream().allMatch(p -> stages.get(p).finished())) {
          start(run);
          changed = true;
        }
      }
    }
  }

  private void start(StageRun run) {
    Map<String, List<Integer>> committed = new HashMap<>();
    for (String producer : run.stage.producers()) {
      committed.put(producer, stages.get(producer).committedAttempts());
    }
    try {
      run.start(StageTasks.of(run.stage, driver.planner, committed), System.nanoTime());
    } catch (IOException e) {
      run.start(List.of(), System.nanoTime());
      fail("cannot list the input of stage " + run.stage.id() + ": " + e.getMessage());
      return;
    }
    driver.progress.on(new ProgressEvent.StageStarted(run.stage.id(), run.stage.operators(),
        run.taskCount()));
    for (int task = 0; task < run.taskCount(); task++) {
      pending.add(new Pending(run, task, 0));
    }
    if (run.taskCount() == 0) {
      finish(run);
    }
  }

  /**
   * Launches pending attempts, oldest first, within the global limit and each stage's width: the
   * smaller of the plan's {@code parallelism.max} and what the cluster has room for now.
   */
  private void dispatch() {
    Map<StageRun, Integer> widths = new HashMap<>();
    Iterator<Pending> it = pending.iterator();
    while (it.hasNext() && inFlight.size() < driver.options.maxInFlight()) {
      Pending p = it.next();
      int width = widths.computeIfAbsent(p.stage, this::width);
      if (p.stage.inFlight() >= width) {
        continue;
      }
      it.remove();
      launch(p);
    }
  }

  private int width(StageRun run) {
    int stageMax = run.stage.parallelism().max();
    int capacity = Math.max(1, driver.capacity.width(run.stage));
    return stageMax > 0 ? Math.min(stageMax, capacity) : capacity;
  }

  private void launch(Pending p) {
    Stage stage = p.stage.stage;
    TaskAttempt attempt = new TaskAttempt(jobId, stage.id(), p.task, p.attempt);
    List<String> placement = driver.capacity.placement(p.stage.blockHosts(p.task));
    p.stage.launched();
    driver.state.taskChanged(new TaskState(attempt, TaskState.Status.RUNNING,
        TaskCounters.ZERO, Optional.empty(), placement));
    CompletableFuture<TaskResult> future;
    try {
      future = driver.invoker.invoke(stage, payload(p, attempt, placement));
    } catch (RuntimeException e) {
      future = CompletableFuture.completedFuture(TaskResult.failed(TaskError.system(
          "cannot invoke action " + stage.action() + ": " + e.getMessage())));
    }
    // The invoker enforces the time limit; this catches a reply that never comes (a lost
    // activation), so the task is retried instead of the job hanging.
    long limit = stage.limits().timeoutMs();
    ScheduledFuture<?> watchdog = timer.schedule(() -> events.add(() -> unanswered(attempt, limit)),
        limit + Math.min(limit, WATCHDOG_GRACE_MS), TimeUnit.MILLISECONDS);
    inFlight.put(attempt, new Running(p.stage, future, watchdog));
    future.whenComplete((result, error) -> events.add(() -> completed(attempt, result, error)));
  }

  private void unanswered(TaskAttempt attempt, long limitMs) {
    Running running = inFlight.get(attempt);
    if (running != null) {
      running.future().cancel(true);
      completed(attempt, TaskResult.failed(TaskError.system("no result from the action within"
          + " its time limit of " + limitMs + " ms")), null);
    }
  }

  private TaskPayload payload(Pending p, TaskAttempt attempt, List<String> placement) {
    Stage stage = p.stage.stage;
    List<TaskOutput> outputs = new ArrayList<>();
    for (OutputChannel out : stage.outputs()) {
      if (out instanceof OutputChannel.Shuffle s) {
        outputs.add(new TaskOutput.Shuffle(s.partitions(), s.combiner()));
      } else if (out instanceof OutputChannel.ToSink t) {
        Sink sink = plan.sink(t.sink()).orElseThrow();
        outputs.add(new TaskOutput.ToSink(sink.id(), driver.commit.attemptDir(sink, attempt)));
      } else if (out instanceof OutputChannel.Broadcast) {
        outputs.add(new TaskOutput.Broadcast());
      }
    }
    long deadline = driver.options.clock().millis() + stage.limits().timeoutMs();
    return new TaskPayload(jobId, stage.id(), p.task, p.attempt, p.stage.inputs(p.task), outputs,
        driver.options.stores(), driver.options.badRecords(), deadline, placement);
  }

  private void completed(TaskAttempt attempt, TaskResult result, Throwable error) {
    Running running = inFlight.remove(attempt);
    if (running == null || failure != null) {
      return; // cancelled when the job failed
    }
    running.watchdog().cancel(false);
    StageRun run = running.stage;
    run.returned();
    if (error != null) {
      Throwable cause = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      result = TaskResult.failed(TaskError.system("the invoker failed: " + cause));
    }
    if (result.succeeded()) {
      succeeded(run, attempt, result);
    } else {
      failed(run, attempt, result.error().orElseThrow());
    }
  }

  private void succeeded(StageRun run, TaskAttempt attempt, TaskResult result) {
    try {
      driver.commit.commitTask(attempt);
    } catch (IOException e) {
      failed(run, attempt, TaskError.system("cannot commit the output of " + attempt + ": "
          + e.getMessage()));
      return;
    }
    boolean last = run.commit(attempt.task(), attempt.attempt(), result.counters());
    driver.state.taskChanged(new TaskState(attempt, TaskState.Status.SUCCEEDED,
        result.counters(), Optional.empty()));
    driver.progress.on(new ProgressEvent.TaskFinished(run.stage.id(), run.done(),
        run.taskCount(), run.totals()));
    if (last) {
      finish(run);
    }
  }

  private void failed(StageRun run, TaskAttempt attempt, TaskError error) {
    driver.state.taskChanged(new TaskState(attempt, TaskState.Status.FAILED,
        TaskCounters.ZERO, Optional.of(error)));
    abortTask(attempt);
    if (!error.retryable() || !driver.options.retry().canRetry(attempt.attempt())) {
      fail(FailureMessage.of(jobId, run.stage, attempt.task(), run.inputs(attempt.task()),
          attempt.attempt() + 1, error));
      return;
    }
    driver.progress.on(new ProgressEvent.TaskRetrying(run.stage.id(), attempt.task(),
        attempt.attempt(), error.message()));
    Pending retry = new Pending(run, attempt.task(), attempt.attempt() + 1);
    retriesWaiting++;
    timer.schedule(() -> events.add(() -> {
      retriesWaiting--;
      if (failure == null) {
        pending.add(retry);
      }
    }), driver.options.retry().delayAfter(attempt).toMillis(), TimeUnit.MILLISECONDS);
  }

  private void finish(StageRun run) {
    run.finish(System.nanoTime());
    finishedStages.add(run.summary());
    driver.progress.on(new ProgressEvent.StageFinished(run.summary()));
    startReadyStages();
  }

  /** Fails the job once: stops everything outstanding; {@link #run} then aborts the output. */
  private void fail(String message) {
    if (failure != null) {
      return;
    }
    failure = message;
    pending.clear();
    for (Map.Entry<TaskAttempt, Running> e : inFlight.entrySet()) {
      e.getValue().future().cancel(true);
      driver.state.taskChanged(new TaskState(e.getKey(), TaskState.Status.CANCELLED,
          TaskCounters.ZERO, Optional.empty()));
      abortTask(e.getKey());
    }
    inFlight.clear();
  }

  private void abortTask(TaskAttempt attempt) {
    try {
      driver.commit.abortTask(attempt);
    } catch (IOException e) {
      // Cleanup only: the attempt's output is never committed, so the job stays correct.
      LOG.log(System.Logger.Level.WARNING, "cannot clean up " + attempt + ": " + e.getMessage());
    }
  }

  private void abortJob() {
    try {
      driver.commit.abortJob(jobId);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot clean up job " + jobId + ": " + e.getMessage());
    }
  }
}
