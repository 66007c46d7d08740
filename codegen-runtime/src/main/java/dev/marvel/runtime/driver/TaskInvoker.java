package dev.marvel.runtime.driver;

import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one task attempt of a stage's action: in-process ({@code LocalInvoker}) or on OpenWhisk.
 * The driver calls it from one thread and limits how many attempts are in flight.
 *
 * <p>A task that fails — the action threw, returned {@code {"error": …}}, timed out — completes
 * the future <em>normally</em> with a failed {@link TaskResult}; an exceptional completion is
 * read as a system failure of that attempt. The driver cancels the future when the job fails;
 * an implementation should then stop the attempt if it can.
 */
public interface TaskInvoker {

  CompletableFuture<TaskResult> invoke(Stage stage, TaskPayload payload);
}
