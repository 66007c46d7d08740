package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.marvel.runtime.openwhisk.JsonExchange;
import dev.marvel.runtime.openwhisk.client.Activation.Status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The containers of {@code marvelc serve}: action-proxy child JVMs, at most {@code maxContainers}
 * alive, each running one activation at a time. A container is cold-started (spawn + {@code /init})
 * on first use of an action version and reused warm afterwards; when the pool is full, an idle
 * container of another action is evicted. A container whose action overran its time limit, crashed
 * its JVM or failed to initialize is destroyed, and the next activation spawns a fresh one.
 */
public final class ContainerPool implements AutoCloseable {
    /** How long to wait for the end-of-activation sentinels after the HTTP answer. */
    private static final Duration LOG_WAIT = Duration.ofSeconds(2);
    /** Time the proxy gets beyond the action's limit to interrupt it and answer before we kill it. */
    private static final Duration KILL_GRACE = Duration.ofSeconds(3);

    /** What one activation on a container produced. */
    public record ContainerRun(Status status, JsonObject result, List<String> logs, long initMillis, long waitMillis) {}

    private static final class Container {
        final ProxyProcess process;
        final String key;

        Container(ProxyProcess process, String key) {
            this.process = process;
            this.key = key;
        }
    }

    private final ProxyLaunch launch;
    private final int maxContainers;
    private final int maxQueued;
    private final Object lock = new Object();
    private final Deque<Container> idle = new ArrayDeque<>();
    private final List<Container> busy = new ArrayList<>();
    /** Containers alive or being started. */
    private int live;
    /** Activations admitted and not yet finished (running plus queued). */
    private int admitted;
    private boolean closed;

    public ContainerPool(ProxyLaunch launch, int maxContainers, int maxQueued) {
        if (maxContainers < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("a pool needs at least one container and a non-negative queue");
        }
        this.launch = launch;
        this.maxContainers = maxContainers;
        this.maxQueued = maxQueued;
    }

    /**
     * Reserves room for one activation; false when every container is busy and the queue is full
     * (the controller then answers 429). Each admitted activation must be passed to {@link #run}.
     */
    public boolean tryAdmit() {
        synchronized (lock) {
            if (closed || admitted >= maxContainers + maxQueued) {
                return false;
            }
            admitted++;
            return true;
        }
    }

    /** Runs an admitted activation, waiting for a container if all are busy. */
    ContainerRun run(ActionEntity action, JsonObject runRequest) throws InterruptedException {
        long queued = System.nanoTime();
        try {
            Container container;
            long initMillis = 0;
            Acquired acquired = acquire(action);
            long waitMillis = Duration.ofNanos(System.nanoTime() - queued).toMillis();
            if (acquired.cold()) {
                long initStart = System.nanoTime();
                try {
                    container = new Container(ProxyProcess.start(launch, action.memoryMb(), action.timeoutMillis()),
                            action.containerKey());
                } catch (IOException e) {
                    forget(null);
                    return failed("The action container could not be started: " + e.getMessage(), waitMillis);
                }
                synchronized (lock) {
                    busy.add(container);
                }
                String initError = init(container, action);
                initMillis = Duration.ofNanos(System.nanoTime() - initStart).toMillis();
                if (initError != null) {
                    forget(container);
                    return new ContainerRun(Status.ACTION_DEVELOPER_ERROR, JsonExchange.error(initError),
                            logsOf(container, action), initMillis, waitMillis);
                }
            } else {
                container = acquired.warm();
            }
            return activate(container, action, runRequest, initMillis, waitMillis);
        } finally {
            synchronized (lock) {
                admitted--;
            }
        }
    }

    private record Acquired(Container warm) {
        boolean cold() {
            return warm == null;
        }
    }

    private Acquired acquire(ActionEntity action) throws InterruptedException {
        Container evicted = null;
        try {
            synchronized (lock) {
                while (true) {
                    if (closed) {
                        throw new InterruptedException("the container pool is closed");
                    }
                    for (Iterator<Container> it = idle.iterator(); it.hasNext(); ) {
                        Container candidate = it.next();
                        if (candidate.key.equals(action.containerKey()) && candidate.process.isAlive()) {
                            it.remove();
                            busy.add(candidate);
                            return new Acquired(candidate);
                        }
                    }
                    if (live < maxContainers) {
                        live++;
                        return new Acquired(null);
                    }
                    if (!idle.isEmpty()) {
                        // Least recently used idle container of another action makes room; its slot passes to us.
                        evicted = idle.removeLast();
                        return new Acquired(null);
                    }
                    lock.wait();
                }
            }
        } finally {
            if (evicted != null) {
                evicted.process.close();
            }
        }
    }

    private String init(Container container, ActionEntity action) {
        JsonObject value = new JsonObject();
        value.addProperty("name", action.name());
        value.addProperty("main", action.main());
        value.addProperty("code", action.base64Code());
        value.addProperty("binary", true);
        value.add("env", new JsonObject());
        JsonObject body = new JsonObject();
        body.add("value", value);
        try {
            HttpResponse<String> response = container.process.post("/init", body.toString(),
                    Duration.ofMillis(action.timeoutMillis()).plus(KILL_GRACE));
            return response.statusCode() == 200 ? null : "Initialization failed: " + errorOf(response.body());
        } catch (IOException e) {
            return "Initialization failed: the action container did not answer (" + e.getMessage() + ").";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Initialization was interrupted.";
        }
    }

    private ContainerRun activate(Container container, ActionEntity action, JsonObject runRequest,
                                  long initMillis, long waitMillis) throws InterruptedException {
        long start = System.nanoTime();
        // As OpenWhisk's invoker does, the deadline starts when /run is sent: waiting for a
        // container and its /init do not count against the action's time limit.
        JsonObject request = runRequest.deepCopy();
        request.addProperty("deadline", Long.toString(System.currentTimeMillis() + action.timeoutMillis()));
        HttpResponse<String> response;
        try {
            response = container.process.post("/run", request.toString(),
                    Duration.ofMillis(action.timeoutMillis()).plus(KILL_GRACE));
        } catch (HttpTimeoutException e) {
            return timedOut(container, action, initMillis, waitMillis);
        } catch (IOException e) {
            forget(container);
            return new ContainerRun(Status.ACTION_DEVELOPER_ERROR,
                    JsonExchange.error("The action did not produce a valid response and exited unexpectedly"
                            + " (its memory limit is " + action.memoryMb() + " MB; see the activation's logs)."),
                    logsOf(container, action), initMillis, waitMillis);
        }
        long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
        if (response.statusCode() != 200 && elapsed >= action.timeoutMillis()) {
            return timedOut(container, action, initMillis, waitMillis);
        }
        List<String> logs = logsOf(container, action);
        if (response.statusCode() == 200 && isObject(response.body())) {
            JsonObject result = parseObject(response.body());
            release(container);
            return new ContainerRun(result.has("error") ? Status.APPLICATION_ERROR : Status.SUCCESS, result, logs,
                    initMillis, waitMillis);
        }
        // A 502 from our proxy leaves it usable unless it says otherwise; a wedged one is replaced.
        String error = errorOf(response.body());
        if (error.startsWith("This container is unusable")) {
            forget(container);
        } else {
            release(container);
        }
        return new ContainerRun(Status.ACTION_DEVELOPER_ERROR, JsonExchange.error(error), logs, initMillis, waitMillis);
    }

    /** OpenWhisk removes the container of an action that ran out of time; so do we, at once. */
    private ContainerRun timedOut(Container container, ActionEntity action, long initMillis, long waitMillis) {
        container.process.close();
        forget(container);
        return new ContainerRun(Status.ACTION_DEVELOPER_ERROR,
                JsonExchange.error("The action exceeded its time limit of " + action.timeoutMillis() + " milliseconds."),
                logsOf(container, action), initMillis, waitMillis);
    }

    private List<String> logsOf(Container container, ActionEntity action) {
        long budget = action.logsMb() * 1024L * 1024L;
        List<String> lines = new ArrayList<>();
        try {
            for (ProxyProcess.LogLine line : container.process.activationLogs(LOG_WAIT).lines()) {
                String text = line.toString();
                budget -= text.getBytes(StandardCharsets.UTF_8).length;
                if (budget < 0) {
                    lines.add("Logs were truncated because the total bytes size exceeds the limit of "
                            + action.logsMb() * 1024L * 1024L + " bytes.");
                    break;
                }
                lines.add(text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines;
    }

    private void release(Container container) {
        synchronized (lock) {
            busy.remove(container);
            if (closed) {
                container.process.close();
                return;
            }
            idle.addFirst(container);
            lock.notifyAll();
        }
    }

    /** Drops a container (null: one that never started) and frees its slot. */
    private void forget(Container container) {
        synchronized (lock) {
            if (container != null) {
                busy.remove(container);
            }
            live--;
            lock.notifyAll();
        }
        if (container != null) {
            container.process.close();
        }
    }

    private static ContainerRun failed(String message, long waitMillis) {
        return new ContainerRun(Status.WHISK_INTERNAL_ERROR, JsonExchange.error(message), List.of(), 0, waitMillis);
    }

    private static JsonObject parseObject(String body) {
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // Fall through: an answer that is not an object is the action developer's error.
        }
        return JsonExchange.error("The action did not produce a valid JSON response: " + body);
    }

    private static boolean isObject(String body) {
        try {
            return JsonParser.parseString(body).isJsonObject();
        } catch (JsonParseException e) {
            return false;
        }
    }

    private static String errorOf(String body) {
        JsonObject parsed = parseObject(body);
        JsonElement error = parsed.get("error");
        return error == null ? body : error.isJsonPrimitive() ? error.getAsString() : error.toString();
    }

    /** Destroys every container; activations still queued fail. */
    @Override
    public void close() {
        List<Container> all = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            all.addAll(idle);
            all.addAll(busy);
            idle.clear();
            lock.notifyAll();
        }
        all.forEach(container -> container.process.close());
    }
}
