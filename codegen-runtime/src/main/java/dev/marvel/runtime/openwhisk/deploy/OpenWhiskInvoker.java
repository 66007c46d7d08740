package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonObject;
import dev.marvel.bundle.PayloadTooLargeException;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.driver.TaskInvoker;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs task attempts as activations of the bundle's stage actions on OpenWhisk: invokes
 * non-blocking with the task payload (references only) as parameters, then polls the activation
 * with backoff until it ends. Never more than {@code maxConcurrent} activations at once — the
 * namespace's concurrency limit (OpenWhisk's default is 30), so the driver is not throttled by
 * its own width; a 429 that still happens is retried by the client with backoff.
 *
 * <p>Polling the activation record, rather than a blocking invoke, sidesteps OpenWhisk turning
 * a blocking call into 202 after 60 s, and it is the one signal every action produces: the record
 * holds the result (counters) or how the activation failed. Failures become failed task results
 * that name the activation id: an application error keeps the action's own error, a developer
 * error (timeout, crash, killed container) and a platform error become system errors. Cancelling
 * a future stops waiting for its activation; OpenWhisk has no way to stop one that runs.
 */
public final class OpenWhiskInvoker implements TaskInvoker, AutoCloseable {
    /** OpenWhisk's default limit of concurrent activations per namespace. */
    public static final int DEFAULT_MAX_CONCURRENT = 30;
    /** Waiting this long past an attempt's deadline covers queueing and the platform's own kill grace. */
    private static final Duration DEADLINE_GRACE = Duration.ofSeconds(10);

    private final OpenWhiskClient client;
    private final String packageName;
    private final Semaphore slots;
    private final ExecutorService waiters;
    private final Clock clock;
    /** Activations started and not yet seen to end, with when waiting for them stops (epoch ms). */
    private final Map<String, Long> running = new ConcurrentHashMap<>();

    /** Invokes the actions of {@code packageName}, at most {@code maxConcurrent} at once. */
    public OpenWhiskInvoker(OpenWhiskClient client, String packageName, int maxConcurrent) {
        this(client, packageName, maxConcurrent, Clock.systemUTC());
    }

    OpenWhiskInvoker(OpenWhiskClient client, String packageName, int maxConcurrent, Clock clock) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, was " + maxConcurrent);
        }
        this.client = client;
        this.packageName = packageName;
        this.slots = new Semaphore(maxConcurrent, true);
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.waiters = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "openwhisk-task-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public CompletableFuture<TaskResult> invoke(Stage stage, TaskPayload payload) {
        JsonObject params;
        try {
            params = TaskJson.encode(payload);
        } catch (PayloadTooLargeException e) {
            return CompletableFuture.completedFuture(TaskResult.failed(TaskError.system(e.getMessage())));
        }
        CompletableFuture<TaskResult> result = new CompletableFuture<>();
        Future<?> waiter = waiters.submit(() -> result.complete(run(stage.action(), params, payload.deadlineEpochMs())));
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                waiter.cancel(true);
            }
        });
        return result;
    }

    private TaskResult run(String action, JsonObject params, long deadlineEpochMs) {
        String qualified = packageName + "/" + action;
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            return TaskResult.failed(TaskError.system("cancelled before action " + qualified + " was invoked"));
        }
        try {
            String activationId = client.invoke(packageName, action, params);
            long waitUntil = deadlineEpochMs + DEADLINE_GRACE.toMillis();
            running.put(activationId, waitUntil);
            Activation activation = client.awaitActivation(activationId,
                    Duration.ofMillis(Math.max(0, waitUntil - clock.millis())));
            running.remove(activationId);
            return ActivationOutcome.of(qualified, activation);
        } catch (OpenWhiskException e) {
            return TaskResult.failed(TaskError.system("action " + qualified + ": " + e.getMessage()));
        } finally {
            slots.release();
        }
    }

    /**
     * Waits until every activation this invoker started has ended or is past its deadline — also
     * those whose attempts were cancelled: OpenWhisk cannot stop them, so after a failed job the
     * driver waits here before removing what they wrote.
     */
    public void awaitStarted() {
        for (Map.Entry<String, Long> activation : new TreeMap<>(running).entrySet()) {
            long left = activation.getValue() - clock.millis();
            if (left > 0) {
                try {
                    client.awaitActivation(activation.getKey(), Duration.ofMillis(left));
                } catch (OpenWhiskException e) {
                    // Past its deadline or unreachable: nothing more to wait for.
                }
            }
            running.remove(activation.getKey());
        }
    }

    /** Stops waiting for every activation still running. */
    @Override
    public void close() {
        waiters.shutdownNow();
        try {
            waiters.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
