package dev.marvel.runtime.driver;

import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a task that ran out of attempts, compiler-style:
 *
 * <pre>
 * stage s1, task 2 failed: cannot cast 'abc' to int
 *   --> wordcount.mvl:4:18
 *   stage s1: read text | explode word = tokenize(lower(line))
 *   input: split file:/data/b.txt [0+120)
 *   an error in the program, not retried; job wc-1 was aborted and wrote no output
 * </pre>
 *
 * <p>A system error says how many attempts it had ({@code failed 3 times}); a user error is not
 * retried, so its task usually failed just once.
 */
final class FailureMessage {

  private FailureMessage() {}

  static String of(String jobId, Stage stage, int task, List<TaskInput> inputs, int attempts,
      TaskError error) {
    StringBuilder sb = new StringBuilder();
    sb.append("stage ").append(stage.id()).append(", task ").append(task).append(" failed")
        .append(attempts == 1 ? "" : " " + attempts + " times").append(": ")
        .append(error.message());
    if (error.kind() == TaskError.Kind.USER) {
      error.sourceLocation().ifPresentOrElse(
          loc -> sb.append("\n  --> ").append(loc),
          () -> stage.firstSpan().ifPresent(span -> sb.append("\n  --> ")
              .append(span.location()).append(" (where stage ").append(stage.id())
              .append(" starts; the failing expression is unknown)")));
    }
    sb.append("\n  stage ").append(stage.id()).append(": ").append(stage.operators());
    if (!inputs.isEmpty()) {
      sb.append("\n  input: ")
          .append(inputs.stream().map(FailureMessage::describe).collect(Collectors.joining(", ")));
    }
    sb.append("\n  ").append(error.kind() == TaskError.Kind.USER
        ? "an error in the program, not retried" : "a system error, not in the program")
        .append("; job ").append(jobId).append(" was aborted and wrote no output");
    return sb.toString();
  }

  static String describe(TaskInput input) {
    if (input instanceof TaskInput.Split s) {
      return "split " + s.describe();
    } else if (input instanceof TaskInput.Partition p) {
      return "partition " + p.partition() + " of stage " + p.producer() + "'s shuffle";
    } else if (input instanceof TaskInput.Broadcast b) {
      return "broadcast of stage " + b.producer();
    }
    throw new IllegalArgumentException(String.valueOf(input));
  }
}
