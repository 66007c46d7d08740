package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonObject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one activation of an action on its own worker thread under a time limit, so a slow or
 * runaway action cannot take the proxy's HTTP thread with it.
 */
final class BoundedInvocation {
    private BoundedInvocation() {}

    sealed interface Outcome permits Returned, Threw, TimedOut {}

    /** Main returned {@code value} (possibly null or not a JSON object). */
    record Returned(Object value) implements Outcome {}

    record Threw(Throwable error) implements Outcome {}

    /** The time limit passed; {@code stopped} says whether the worker ended after being interrupted. */
    record TimedOut(long limitMillis, boolean stopped) implements Outcome {}

    static Outcome run(LoadedAction action, JsonObject args, long limitMillis, long stopGraceMillis, String activationId)
            throws InterruptedException {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(action.invoke(args));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "activation-" + activationId);
        // A worker that ignores interruption must not keep the JVM alive at shutdown.
        worker.setDaemon(true);
        worker.start();
        try {
            return new Returned(result.get(Math.max(0, limitMillis), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return new Threw(e.getCause());
        } catch (TimeoutException e) {
            worker.interrupt();
            worker.join(stopGraceMillis);
            return new TimedOut(limitMillis, !worker.isAlive());
        }
    }
}
