package dev.marvel.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a stage's failure becomes in the action's result: never a thrown error, always a reason. */
class TaskRunnerTest {
  private static final TaskPayload PAYLOAD = new TaskPayload("job", "s1", 0, 0, List.of(), List.of(),
      new TreeMap<>(), null, 0);

  private static TaskError failure(TaskRunner.Body body) {
    TaskResult result = TaskJson.decodeResult(TaskRunner.run(TaskJson.encode(PAYLOAD), body));
    assertTrue(result.error().isPresent(), "the task must fail");
    return result.error().get();
  }

  @Test
  void runningOutOfMemorySaysHowBigTheHeapWasAndWhatToChange() {
    TaskError e = failure(ctx -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertEquals(TaskError.Kind.SYSTEM, e.kind());
    long heapMib = Runtime.getRuntime().maxMemory() >> 20;
    assertTrue(e.message().startsWith("the task ran out of memory (Java heap space) in a JVM whose heap is "
        + heapMib + " MiB"), e.message());
    assertTrue(e.message().contains("MARVELC_JAVA_OPTS=-Xmx") && e.message().contains("--parallelism"),
        e.message());
    assertTrue(e.retryable(), "another attempt may run beside fewer tasks");
  }

  @Test
  void anyOtherThrowableIsASystemErrorNamingItsType() {
    TaskError e = failure(ctx -> {
      throw new IllegalStateException("the store went away");
    });
    assertEquals(TaskError.Kind.SYSTEM, e.kind());
    assertEquals("IllegalStateException: the store went away", e.message());
  }
}
