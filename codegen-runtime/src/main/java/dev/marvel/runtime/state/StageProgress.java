package dev.marvel.runtime.state;

/**
 * How far the tasks of one stage are. Each task counts once, by its best attempt: SUCCEEDED if any
 * attempt succeeded, else the status of its latest attempt.
 */
public record StageProgress(int stage, int tasks, int queued, int running, int succeeded,
    int failed) {
  public boolean isDone() {
    return tasks > 0 && succeeded == tasks;
  }
}
