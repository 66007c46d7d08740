package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Marvel action runtime: serves OpenWhisk's action interface ({@code POST /init}, {@code POST
 * /run}) for one jar action, one activation at a time. Runs inside the Marvel runtime image on a
 * cluster and as the child JVMs of {@code marvelc serve}.
 *
 * <p>Answers follow the official Java proxy: failures are 502 {@code {"error": …}} and a result
 * object is 200 even when it carries an {@code error} field (the invoker turns that into an
 * "application error"; any 502 becomes an "action developer error"). Stack traces go to stderr,
 * which is the activation's log, never into the response.
 */
public final class ActionProxy implements AutoCloseable {
    /** Printed on stdout and stderr after every activation; the invoker cuts logs at it. */
    public static final String END_OF_ACTIVATION = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX";
    /** First stdout line once the server accepts connections, followed by the port number. */
    public static final String READY_PREFIX = "Marvel action proxy listening on port ";
    /** OpenWhisk's result limit. */
    public static final int MAX_RESULT_BYTES = 1024 * 1024;

    private static final long MAX_INIT_BYTES = 64L * 1024 * 1024;
    private static final long MAX_RUN_BYTES = 8L * 1024 * 1024;

    /** How the proxy listens and bounds activations. */
    public record Options(String host, int port, long maxActivationMillis, long stopGraceMillis) {
        public static Options defaults() {
            return new Options("0.0.0.0", 8080, 300_000, 1_000);
        }
    }

    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final HttpServer server;
    private final ExecutorService httpThread;
    private final Path workDir;
    private volatile LoadedAction action;
    private volatile JsonObject initEnv = new JsonObject();
    /** Set when an action thread outlived its time limit; a container in that state must be replaced. */
    private volatile String unusableReason;

    private ActionProxy(Options options, PrintWriter out, PrintWriter err) throws IOException {
        this.options = options;
        this.out = out;
        this.err = err;
        this.workDir = Files.createTempDirectory("marvel-action-");
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        // A single HTTP thread serializes /init and /run: the runtime's concurrency is 1.
        this.httpThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "action-proxy-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(httpThread);
        server.createContext("/init", exchange -> handle(exchange, this::init));
        server.createContext("/run", exchange -> handle(exchange, this::run));
    }

    /** Starts serving and prints {@link #READY_PREFIX} + port on {@code out}. */
    public static ActionProxy start(Options options, PrintWriter out, PrintWriter err) throws IOException {
        ActionProxy proxy = new ActionProxy(options, out, err);
        proxy.server.start();
        out.println(READY_PREFIX + proxy.port());
        out.flush();
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        httpThread.shutdownNow();
    }

    private interface Endpoint {
        Reply answer(HttpExchange exchange) throws IOException, JsonExchange.BadRequest;
    }

    private record Reply(int status, JsonElement body) {
        static Reply failure(String message) {
            return new Reply(502, JsonExchange.error(message));
        }
    }

    private void handle(HttpExchange exchange, Endpoint endpoint) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                JsonExchange.sendError(exchange, 405, "Use POST.");
                return;
            }
            Reply reply;
            try {
                reply = endpoint.answer(exchange);
            } catch (JsonExchange.BadRequest e) {
                reply = Reply.failure(e.getMessage());
            } catch (RuntimeException | IOException e) {
                e.printStackTrace(err);
                err.flush();
                reply = Reply.failure("The action proxy could not handle the request (see logs for details): " + e);
            }
            JsonExchange.send(exchange, reply.status(), reply.body());
        } catch (IOException e) {
            // The invoker went away before the answer was written; nothing is left to tell it.
            e.printStackTrace(err);
            err.flush();
        }
    }

    private Reply init(HttpExchange exchange) throws IOException, JsonExchange.BadRequest {
        if (action != null) {
            return Reply.failure("Cannot initialize the action more than once.");
        }
        JsonObject value = objectField(JsonExchange.readObject(exchange, MAX_INIT_BYTES), "value");
        if (!value.has("main") || !value.has("code")) {
            return Reply.failure("Missing main/no code to execute.");
        }
        if (value.has("binary") && value.get("binary").isJsonPrimitive() && !value.get("binary").getAsBoolean()) {
            return Reply.failure("The Marvel runtime runs jar actions only: send the jar base64-encoded"
                    + " with \"binary\": true.");
        }
        String name = value.has("name") ? value.get("name").getAsString() : "";
        try {
            action = LoadedAction.load(name, value.get("code").getAsString(), value.get("main").getAsString(), workDir);
        } catch (IllegalArgumentException e) {
            err.println("Initialization failed: " + e.getMessage());
            err.flush();
            return Reply.failure(e.getMessage());
        }
        initEnv = objectField(value, "env");
        JsonObject ok = new JsonObject();
        ok.addProperty("ok", true);
        return new Reply(200, ok);
    }

    private Reply run(HttpExchange exchange) throws IOException, JsonExchange.BadRequest {
        try {
            return runActivation(exchange);
        } finally {
            endActivation();
        }
    }

    private Reply runActivation(HttpExchange exchange) throws IOException, JsonExchange.BadRequest {
        LoadedAction current = action;
        if (current == null) {
            return Reply.failure("Cannot invoke an uninitialized action.");
        }
        if (unusableReason != null) {
            return Reply.failure("This container is unusable and must be replaced: " + unusableReason);
        }
        JsonObject request = JsonExchange.readObject(exchange, MAX_RUN_BYTES);
        ActivationContext context = ActivationContext.ofRunRequest(request);
        JsonObject args = context.mergeInto(withDefaults(initEnv, objectField(request, "value")));
        long limit = Math.min(options.maxActivationMillis(),
                context.deadlineEpochMillis() == ActivationContext.NO_DEADLINE
                        ? Long.MAX_VALUE
                        : context.deadlineEpochMillis() - System.currentTimeMillis());
        if (limit <= 0) {
            return Reply.failure("The activation's deadline had passed " + -limit + " ms before /run reached the"
                    + " action proxy, so the action was not started: the invoker sent it late, or the clocks of"
                    + " invoker and container disagree.");
        }
        BoundedInvocation.Outcome outcome;
        try {
            outcome = BoundedInvocation.run(current, args, limit, options.stopGraceMillis(), context.activationId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failure("The action proxy was interrupted while the action ran.");
        }
        return reply(outcome);
    }

    private Reply reply(BoundedInvocation.Outcome outcome) {
        if (outcome instanceof BoundedInvocation.Returned returned) {
            return resultReply(returned.value());
        }
        if (outcome instanceof BoundedInvocation.Threw threw) {
            threw.error().printStackTrace(err);
            return Reply.failure("An error has occurred while invoking the action (see logs for details): "
                    + threw.error());
        }
        BoundedInvocation.TimedOut timedOut = (BoundedInvocation.TimedOut) outcome;
        String exceeded = "The action exceeded its time limit of " + timedOut.limitMillis() + " ms";
        if (timedOut.stopped()) {
            return Reply.failure(exceeded + " and was interrupted.");
        }
        unusableReason = exceeded + " and its thread did not stop when interrupted.";
        err.println(unusableReason + " This container must be replaced.");
        return Reply.failure(exceeded + " and did not stop when interrupted; this container is unusable"
                + " and must be replaced.");
    }

    private static Reply resultReply(Object value) {
        if (!(value instanceof JsonObject result)) {
            return Reply.failure("The action did not return a JSON object (it returned "
                    + describe(value) + "); main must return a com.google.gson.JsonObject.");
        }
        int size = result.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_RESULT_BYTES) {
            return Reply.failure("The action result is " + size + " bytes, more than the limit of "
                    + MAX_RESULT_BYTES + " bytes; return references (paths, keys) instead of data.");
        }
        return new Reply(200, result);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof JsonElement element) {
            return element.isJsonArray() ? "a JSON array" : element.isJsonNull() ? "JSON null" : "a JSON primitive";
        }
        return "a " + value.getClass().getName();
    }

    private void endActivation() {
        System.out.flush();
        System.err.flush();
        out.println(END_OF_ACTIVATION);
        out.flush();
        err.println(END_OF_ACTIVATION);
        err.flush();
    }

    /** Init-time environment entries become parameters the invocation may override. */
    private static JsonObject withDefaults(JsonObject defaults, JsonObject params) {
        JsonObject merged = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : defaults.entrySet()) {
            merged.add(entry.getKey(), entry.getValue());
        }
        for (Map.Entry<String, JsonElement> entry : params.entrySet()) {
            merged.add(entry.getKey(), entry.getValue());
        }
        return merged;
    }

    private static JsonObject objectField(JsonObject object, String key) throws JsonExchange.BadRequest {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return new JsonObject();
        }
        if (!value.isJsonObject()) {
            throw new JsonExchange.BadRequest(502, "The field '" + key + "' must be a JSON object.");
        }
        return value.getAsJsonObject();
    }

    /** Serves until the process is stopped. Options: {@code --port N --host H --max-time-ms N --stop-grace-ms N}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("action proxy: " + e.getMessage());
            err.println("usage: ActionProxy [--port N (default 8080, 0 picks one)] [--host ADDRESS]"
                    + " [--max-time-ms N] [--stop-grace-ms N]");
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            ActionProxy proxy = start(options, out, err);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                proxy.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        } catch (IOException e) {
            err.println("action proxy: cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static Options parse(String[] args) {
        Options defaults = Options.defaults();
        String host = defaults.host();
        int port = defaults.port();
        long maxMillis = defaults.maxActivationMillis();
        long graceMillis = defaults.stopGraceMillis();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing a value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = (int) number(flag, value);
                case "--host" -> host = value;
                case "--max-time-ms" -> maxMillis = number(flag, value);
                case "--stop-grace-ms" -> graceMillis = number(flag, value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new Options(host, port, maxMillis, graceMillis);
    }

    private static long number(String flag, String value) {
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a non-negative number, not '" + value + "'");
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
