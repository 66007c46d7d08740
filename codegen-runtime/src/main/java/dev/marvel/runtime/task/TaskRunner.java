package dev.marvel.runtime.task;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;

/**
 * The body of every generated action's {@code main(JsonObject)}: decodes the payload, runs the
 * stage on a {@link TaskContext}, and encodes the result — counters, or the error with its kind
 * and DSL location. It never throws and never exits the JVM, as OpenWhisk actions must not.
 */
public final class TaskRunner {
  /** One stage's work for one task. */
  @FunctionalInterface
  public interface Body {
    void run(TaskContext ctx) throws Exception;
  }

  private TaskRunner() {}

  public static JsonObject run(JsonObject args, Body body) {
    TaskPayload payload;
    try {
      payload = TaskJson.decodePayload(args);
    } catch (RuntimeException e) {
      return TaskJson.encode(TaskResult.failed(TaskError.system("invalid task payload: " + e.getMessage())));
    }
    TaskContext ctx = new TaskContext(payload);
    try {
      body.run(ctx);
      TaskCounters counters = ctx.finish();
      return TaskJson.encode(TaskResult.ok(counters));
    } catch (TaskFailure f) {
      return TaskJson.encode(TaskResult.failed(f.error()));
    } catch (OutOfMemoryError e) {
      return TaskJson.encode(TaskResult.failed(TaskError.system(outOfMemory(e))));
    } catch (Throwable t) {
      String what = t.getMessage() == null ? t.toString() : t.getClass().getSimpleName() + ": " + t.getMessage();
      return TaskJson.encode(TaskResult.failed(TaskError.system(what)));
    } finally {
      ctx.close();
    }
  }

  /** Tasks keep within a share of the heap, so this means the heap is too small for the tasks run at once. */
  static String outOfMemory(OutOfMemoryError e) {
    long heapMib = Runtime.getRuntime().maxMemory() >> 20;
    return "the task ran out of memory (" + e.getMessage() + ") in a JVM whose heap is " + heapMib
        + " MiB, shared by the tasks running at once: give it a larger heap (marvelc run:"
        + " MARVELC_JAVA_OPTS=-Xmx2g; OpenWhisk: a larger memory limit for the action) or run fewer"
        + " tasks at once (--parallelism)";
  }
}
