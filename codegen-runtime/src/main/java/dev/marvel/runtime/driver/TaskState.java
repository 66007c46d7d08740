package dev.marvel.runtime.driver;

import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import java.util.Optional;

/** A task attempt's state as the driver records it. */
public record TaskState(TaskAttempt attempt, Status status, TaskCounters counters,
    Optional<TaskError> error) {

  public enum Status {
    RUNNING,
    /** Succeeded and committed: this attempt's output is the task's output. */
    SUCCEEDED,
    FAILED,
    /** Stopped by the driver because the job failed. */
    CANCELLED
  }
}
