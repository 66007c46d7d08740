package dev.marvel.runtime.task;

import dev.marvel.bundle.TaskError;

/**
 * A task failure that says whose fault it is: the program's ({@code user}: a bad regex, a bad
 * record under the fail policy, a cast that cannot be made) with the DSL location of the failing
 * expression, or the platform's ({@code system}). {@link TaskRunner} turns it into the result's
 * error.
 */
public final class TaskFailure extends RuntimeException {
  private final transient TaskError error;

  private TaskFailure(TaskError error, Throwable cause) {
    super(error.message(), cause);
    this.error = error;
  }

  public static TaskFailure user(String message, String location) {
    return new TaskFailure(TaskError.user(message, location), null);
  }

  /**
   * {@code e}, thrown while evaluating the expression written at {@code location}, as a user
   * error; an exception that already is a task failure passes through unchanged.
   */
  public static TaskFailure at(RuntimeException e, String location) {
    if (e instanceof TaskFailure f) {
      return f;
    }
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new TaskFailure(TaskError.user(what, location), e);
  }

  /**
   * {@code e}, thrown by the {@code use function} called {@code function} at {@code location},
   * as a user error that names the function and what it threw.
   */
  public static TaskFailure inFunction(String function, Exception e, String location) {
    if (e instanceof TaskFailure f) {
      return f;
    }
    String type = e.getClass().getSimpleName().isEmpty() ? e.getClass().getName() : e.getClass().getSimpleName();
    String what = type + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new TaskFailure(TaskError.user("function `" + function + "` threw " + what, location), e);
  }

  public TaskError error() {
    return error;
  }
}
