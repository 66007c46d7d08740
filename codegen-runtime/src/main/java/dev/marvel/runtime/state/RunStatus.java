package dev.marvel.runtime.state;

/**
 * Where a job or task attempt is in its life: QUEUED → RUNNING → SUCCEEDED or FAILED, or
 * QUEUED → FAILED when it never starts. SUCCEEDED and FAILED are final.
 */
public enum RunStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }

  /** Whether a record in this status may move to {@code next}. */
  public boolean canMoveTo(RunStatus next) {
    return switch (this) {
      case QUEUED -> next == RUNNING || next == FAILED;
      case RUNNING -> next == SUCCEEDED || next == FAILED;
      case SUCCEEDED, FAILED -> false;
    };
  }
}
