package dev.marvel.runtime.invoke;

import com.google.gson.JsonObject;
import dev.marvel.bundle.PayloadTooLargeException;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.driver.TaskInvoker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs stage actions in this JVM, the way {@code marvelc run} does: the same action jars as on
 * OpenWhisk, each in its own class loader (see {@link ActionClasses}), called through
 * {@code public static JsonObject main(JsonObject)} on a bounded pool of worker threads. The
 * action sees exactly the JSON it would get on OpenWhisk. A thrown exception, an
 * {@code {"error": …}} result or a timeout (the stage's {@code limits.timeoutMs}) is a failed
 * task.
 *
 * <p>Give the driver a {@code maxInFlight} no larger than {@code threads}: an attempt waiting for
 * a free thread is already on the driver's clock, which gives up on it after its time limit.
 *
 * <p>A payload's {@code placement} hint is ignored: every attempt runs on this machine.
 */
public final class LocalInvoker implements TaskInvoker, AutoCloseable {

  private final Path bundleDir;
  private final ActionClasses classes;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;

  /** Runs the actions of the bundle in {@code bundleDir} on {@code threads} worker threads. */
  public LocalInvoker(Path bundleDir, int threads) {
    this(bundleDir, threads, LocalInvoker.class.getClassLoader());
  }

  /**
   * Like {@link #LocalInvoker(Path, int)}, with {@code parent} as the parent of every action's
   * class loader: the runtime's loader plus the user's {@code use function} classes, which on
   * OpenWhisk are on the runtime image's class path.
   */
  public LocalInvoker(Path bundleDir, int threads, ClassLoader parent) {
    this.bundleDir = bundleDir;
    this.classes = new ActionClasses(parent);
    this.workers = Executors.newFixedThreadPool(threads, named("marvel-action"));
    this.timer = Executors.newSingleThreadScheduledExecutor(named("marvel-action-timeout"));
  }

  @Override
  public CompletableFuture<TaskResult> invoke(Stage stage, TaskPayload payload) {
    JsonObject args;
    try {
      args = TaskJson.encode(payload);
    } catch (PayloadTooLargeException e) {
      return CompletableFuture.completedFuture(TaskResult.failed(TaskError.system(e.getMessage())));
    }
    Activation activation = new Activation(classes, bundleDir.resolve(stage.jar()),
        stage.mainClass(), args, stage.limits().timeoutMs(), timer);
    activation.submittedAs(workers.submit(activation));
    return activation.result;
  }

  /** Stops the workers (interrupting running actions), waits for them, closes the loaders. */
  @Override
  public void close() {
    workers.shutdownNow();
    timer.shutdownNow();
    try {
      workers.awaitTermination(30, TimeUnit.SECONDS);
      classes.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
