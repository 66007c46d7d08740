package dev.marvel.runtime.openwhisk.local;

import dev.marvel.runtime.openwhisk.ActionProxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One action-proxy child JVM: started, waited for until it prints its port, talked to over HTTP,
 * its stdout/stderr collected per activation (up to the end-of-activation sentinel), destroyed.
 * It plays the part of an OpenWhisk container.
 */
public final class ProxyProcess implements AutoCloseable {
    /** A line an action logged, as OpenWhisk records it. */
    public record LogLine(Instant time, String stream, String text) {
        /** OpenWhisk's activation log format: {@code 2026-01-01T00:00:00.000Z stdout: text}. */
        @Override
        public String toString() {
            return time + " " + stream + ": " + text;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI baseUri;
    private final StreamPump stdout;
    private final StreamPump stderr;

    private ProxyProcess(Process process, URI baseUri, StreamPump stdout, StreamPump stderr) {
        this.process = process;
        this.baseUri = baseUri;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts a proxy JVM and waits until it listens. */
    public static ProxyProcess start(ProxyLaunch launch, int maxMemoryMb, long maxActivationMillis) throws IOException {
        Process process = new ProcessBuilder(launch.command(maxMemoryMb, maxActivationMillis)).start();
        process.getOutputStream().close();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StreamPump stdout = new StreamPump("stdout", process.getInputStream(), port);
        StreamPump stderr = new StreamPump("stderr", process.getErrorStream(), null);
        try {
            int listening = port.get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new ProxyProcess(process, URI.create("http://127.0.0.1:" + listening), stdout, stderr);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            String detail = String.join("\n", stderr.remaining().stream().map(LogLine::text).toList());
            throw new IOException("The action proxy JVM did not start within " + STARTUP_TIMEOUT.toSeconds()
                    + " s (" + launch.java() + "); its stderr:\n" + detail, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the action proxy JVM started.", e);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** POSTs a JSON body to {@code path} ({@code /init} or {@code /run}). */
    public HttpResponse<String> post(String path, String jsonBody, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The log of one activation; {@code complete} when both streams reached the sentinel. */
    public record ActivationLogs(List<LogLine> lines, boolean complete) {}

    /**
     * The lines logged since the last activation, up to the sentinel on both streams (which is not
     * included), in time order. Waits at most {@code wait} for the sentinels, since the pipe may lag
     * behind the HTTP answer.
     */
    public ActivationLogs activationLogs(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<LogLine> lines = new ArrayList<>();
        // Both streams must be read up to their sentinel, so no short-circuit.
        boolean complete = stdout.untilSentinel(deadline, lines) & stderr.untilSentinel(deadline, lines);
        lines.sort(Comparator.comparing(LogLine::time));
        return new ActivationLogs(lines, complete);
    }

    /** Kills the JVM at once, as OpenWhisk removes a container whose action ran out of time. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one output stream of the child into a queue of lines on a daemon thread. */
    private static final class StreamPump {
        private static final LogLine END_OF_STREAM = new LogLine(Instant.EPOCH, "", "");

        private final String name;
        private final BlockingQueue<LogLine> lines = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> port;

        StreamPump(String name, InputStream stream, CompletableFuture<Integer> port) {
            this.name = name;
            this.port = port;
            Thread thread = new Thread(() -> pump(stream), "proxy-" + name);
            thread.setDaemon(true);
            thread.start();
        }

        private void pump(InputStream stream) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (port != null && !port.isDone() && line.startsWith(ActionProxy.READY_PREFIX)) {
                        port.complete(Integer.parseInt(line.substring(ActionProxy.READY_PREFIX.length()).trim()));
                    } else {
                        lines.add(new LogLine(Instant.now(), name, line));
                    }
                }
            } catch (IOException | RuntimeException e) {
                lines.add(new LogLine(Instant.now(), name, "(log capture failed: " + e + ")"));
            } finally {
                if (port != null) {
                    port.completeExceptionally(new IOException("the proxy exited before listening"));
                }
                lines.add(END_OF_STREAM);
            }
        }

        /** Moves lines into {@code collected} until the sentinel (true), the end of the stream or the deadline. */
        boolean untilSentinel(long deadlineNanos, List<LogLine> collected) throws InterruptedException {
            while (true) {
                LogLine line = lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    return false;
                }
                if (line == END_OF_STREAM) {
                    lines.add(END_OF_STREAM);
                    return false;
                }
                if (line.text().equals(ActionProxy.END_OF_ACTIVATION)) {
                    return true;
                }
                collected.add(line);
            }
        }

        /** What the stream still holds, once the (killed) child closed it or after two seconds. */
        List<LogLine> remaining() {
            List<LogLine> remaining = new ArrayList<>();
            try {
                untilSentinel(System.nanoTime() + TimeUnit.SECONDS.toNanos(2), remaining);
                return remaining;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }
}
