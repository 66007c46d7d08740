package dev.marvel.runtime.driver;

import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import java.util.List;
import java.util.Optional;

/**
 * A task attempt's state as the driver records it.
 *
 * @param placement the hosts the attempt was asked to prefer, best first (empty: no hint); set
 *     on RUNNING, the state that records a launch
 */
public record TaskState(TaskAttempt attempt, Status status, TaskCounters counters,
    Optional<TaskError> error, List<String> placement) {

  public TaskState {
    placement = List.copyOf(placement);
  }

  /** A state without a placement hint. */
  public TaskState(TaskAttempt attempt, Status status, TaskCounters counters,
      Optional<TaskError> error) {
    this(attempt, status, counters, error, List.of());
  }

  public enum Status {
    RUNNING,
    /** Succeeded and committed: this attempt's output is the task's output. */
    SUCCEEDED,
    FAILED,
    /** Stopped by the driver because the job failed. */
    CANCELLED
  }
}
