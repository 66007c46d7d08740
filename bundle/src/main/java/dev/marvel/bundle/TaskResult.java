package dev.marvel.bundle;

import java.util.Optional;

/** What one task attempt returned: its counters, and an error when it failed. */
public record TaskResult(TaskCounters counters, Optional<TaskError> error) {

  public TaskResult {
    counters = counters == null ? TaskCounters.ZERO : counters;
    error = error == null ? Optional.empty() : error;
  }

  public static TaskResult ok(TaskCounters counters) {
    return new TaskResult(counters, Optional.empty());
  }

  public static TaskResult failed(TaskError error) {
    return new TaskResult(TaskCounters.ZERO, Optional.of(error));
  }

  public boolean succeeded() {
    return error.isEmpty();
  }
}
