package dev.marvel.runtime.driver;

import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskInput;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The driver's bookkeeping for one stage of one job. Touched only by the driver's thread. */
final class StageRun {

  final Stage stage;
  private List<StageTasks.Task> tasks = List.of();
  private int[] committedAttempt = new int[0];
  private int done;
  private int attempts;
  private int inFlight;
  private TaskCounters totals = TaskCounters.ZERO;
  private long startNanos = -1;
  private long endNanos = -1;
  private boolean started;
  private boolean finished;

  StageRun(Stage stage) {
    this.stage = stage;
  }

  void start(List<StageTasks.Task> planned, long nowNanos) {
    tasks = List.copyOf(planned);
    committedAttempt = new int[tasks.size()];
    Arrays.fill(committedAttempt, -1);
    started = true;
    startNanos = nowNanos;
  }

  boolean started() {
    return started;
  }

  boolean finished() {
    return finished;
  }

  int taskCount() {
    return tasks.size();
  }

  List<TaskInput> inputs(int task) {
    return tasks.get(task).inputs();
  }

  /** Hosts of the block the task's split starts in; empty for a task that reads no split. */
  List<String> blockHosts(int task) {
    return tasks.get(task).blockHosts();
  }

  void launched() {
    attempts++;
    inFlight++;
  }

  void returned() {
    inFlight--;
  }

  int inFlight() {
    return inFlight;
  }

  boolean isDone(int task) {
    return committedAttempt[task] >= 0;
  }

  /** Records {@code attempt} as task's output; true when this was the stage's last task. */
  boolean commit(int task, int attempt, TaskCounters counters) {
    committedAttempt[task] = attempt;
    totals = totals.plus(counters);
    return ++done == tasks.size();
  }

  int done() {
    return done;
  }

  TaskCounters totals() {
    return totals;
  }

  void finish(long nowNanos) {
    finished = true;
    endNanos = nowNanos;
  }

  /** The committed attempt of each task, by task index: what consumers must read. */
  List<Integer> committedAttempts() {
    return Arrays.stream(committedAttempt).boxed().toList();
  }

  StageSummary summary() {
    return new StageSummary(stage.id(), stage.operators(), tasks.size(), attempts, totals,
        Duration.ofNanos(Math.max(0, endNanos - startNanos)));
  }
}
