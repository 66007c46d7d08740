package dev.marvel.runtime.invoke;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of an action on a worker thread, as an OpenWhisk activation: the clock starts when
 * the action starts (not while it waits for a thread), and on timeout or cancellation the
 * worker is interrupted and the result is already decided.
 */
final class Activation implements Runnable {

  private final ActionClasses classes;
  private final Path jar;
  private final String mainClass;
  private final JsonObject args;
  private final long timeoutMs;
  private final ScheduledExecutorService timer;
  final CompletableFuture<TaskResult> result = new CompletableFuture<>();
  private volatile Future<?> worker;

  Activation(ActionClasses classes, Path jar, String mainClass, JsonObject args,
      long timeoutMs, ScheduledExecutorService timer) {
    this.classes = classes;
    this.jar = jar;
    this.mainClass = mainClass;
    this.args = args;
    this.timeoutMs = timeoutMs;
    this.timer = timer;
    result.whenComplete((r, e) -> {
      Future<?> w = worker;
      if (result.isCancelled() && w != null) {
        w.cancel(true);
      }
    });
  }

  void submittedAs(Future<?> future) {
    worker = future;
    if (result.isCancelled()) {
      future.cancel(true);
    }
  }

  @Override
  public void run() {
    if (result.isDone()) {
      return;
    }
    ScheduledFuture<?> timeout = timer.schedule(() -> {
      if (result.complete(TaskResult.failed(TaskError.system("the action " + mainClass
          + " did not finish within its time limit of " + timeoutMs + " ms")))) {
        Future<?> w = worker;
        if (w != null) {
          w.cancel(true);
        }
      }
    }, timeoutMs, TimeUnit.MILLISECONDS);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try {
      Method main = classes.main(jar, mainClass);
      thread.setContextClassLoader(main.getDeclaringClass().getClassLoader());
      result.complete(TaskJson.decodeResult((JsonObject) main.invoke(null, args)));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      result.complete(TaskResult.failed(TaskError.system("the action " + mainClass + " threw "
          + cause)));
    } catch (ActionLoadException | ReflectiveOperationException | LinkageError e) {
      result.complete(TaskResult.failed(TaskError.system(e.getMessage())));
    } catch (RuntimeException e) {
      result.complete(TaskResult.failed(TaskError.system("running " + mainClass + " failed: "
          + e)));
    } finally {
      timeout.cancel(false);
      thread.setContextClassLoader(previous);
    }
  }
}
