package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.marvel.runtime.openwhisk.JsonExchange;
import dev.marvel.runtime.openwhisk.JsonExchange.BadRequest;
import dev.marvel.runtime.openwhisk.client.Activation.Status;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The subset of OpenWhisk's controller REST API that {@code marvelc deploy}, the driver and
 * {@code wsk} need: packages, actions, invocations and activations under
 * {@code /api/v1/namespaces/{ns}/…}, with OpenWhisk's status codes and error shapes.
 */
final class ControllerApi implements HttpHandler {
    private static final long MAX_ENTITY_BYTES = ActionEntity.MAX_CODE_CHARS + 1024 * 1024;
    private static final long MAX_PARAMETER_BYTES = 1024 * 1024;
    private static final String NOT_FOUND = "The requested resource does not exist.";

    private final AuthKey key;
    private final String namespace;
    private final EntityStore store;
    private final ContainerInvoker invoker;
    private final Duration blockingWait;
    private final PrintWriter err;

    ControllerApi(AuthKey key, String namespace, EntityStore store, ContainerInvoker invoker, Duration blockingWait,
                  PrintWriter err) {
        this.key = key;
        this.namespace = namespace;
        this.store = store;
        this.invoker = invoker;
        this.blockingWait = blockingWait;
        this.err = err;
    }

    private record Answer(int status, JsonElement body) {}

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = route(exchange);
            } catch (BadRequest e) {
                answer = new Answer(e.status(), JsonExchange.error(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                e.printStackTrace(err);
                err.flush();
                answer = new Answer(500, JsonExchange.error("marvelc serve failed on this request; this is a bug,"
                        + " please report it with marvelc serve's output: " + e));
            }
            if (answer.status() == 429) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            }
            JsonExchange.send(exchange, answer.status(), answer.body());
        } catch (IOException e) {
            // The client went away before the answer was written (a request it timed out or
            // cancelled): not serve's failure, and nothing is lost — an activation's result stays
            // readable through the activations API. Nothing is left to tell it.
        }
    }

    private Answer route(HttpExchange exchange) throws IOException, BadRequest {
        if (!key.acceptsAuthorization(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw new BadRequest(401, "The supplied authentication is invalid.");
        }
        List<String> path = segments(exchange.getRequestURI().getRawPath());
        if (path.size() < 5 || !path.subList(0, 3).equals(List.of("api", "v1", "namespaces"))) {
            throw new BadRequest(404, NOT_FOUND);
        }
        String ns = path.get(3);
        if (!ns.equals("_") && !ns.equals(namespace)) {
            throw new BadRequest(403, "The supplied authentication is not authorized to access '" + ns + "'.");
        }
        List<String> rest = path.subList(5, path.size());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String method = exchange.getRequestMethod();
        return switch (path.get(4)) {
            case "packages" -> packages(exchange, method, only(rest), query);
            case "actions" -> actions(exchange, method, rest, query);
            case "activations" -> activation(method, only(rest));
            default -> throw new BadRequest(404, NOT_FOUND);
        };
    }

    private Answer packages(HttpExchange exchange, String method, String name, Map<String, String> query)
            throws IOException, BadRequest {
        return switch (method) {
            case "PUT" -> new Answer(200, store.putPackage(name, JsonExchange.readObject(exchange, MAX_PARAMETER_BYTES),
                    "true".equals(query.get("overwrite"))).toJson());
            case "GET" -> new Answer(200, store.getPackage(name).orElseThrow(() -> new BadRequest(404, NOT_FOUND)).toJson());
            case "DELETE" -> new Answer(200, store.deletePackage(name).orElseThrow(() -> new BadRequest(404, NOT_FOUND)).toJson());
            default -> throw new BadRequest(405, "Use PUT, GET or DELETE on a package.");
        };
    }

    private Answer actions(HttpExchange exchange, String method, List<String> rest, Map<String, String> query)
            throws IOException, BadRequest {
        if (rest.isEmpty() || rest.size() > 2) {
            throw new BadRequest(404, NOT_FOUND);
        }
        String packageName = rest.size() == 2 ? rest.get(0) : "";
        String name = rest.get(rest.size() - 1);
        return switch (method) {
            case "PUT" -> new Answer(200, store.putAction(packageName, name,
                    JsonExchange.readObject(exchange, MAX_ENTITY_BYTES), "true".equals(query.get("overwrite"))).toJson(false));
            case "GET" -> new Answer(200, action(packageName, name).toJson(!"false".equals(query.get("code"))));
            case "DELETE" -> new Answer(200, store.deleteAction(packageName, name)
                    .orElseThrow(() -> new BadRequest(404, NOT_FOUND)).toJson(false));
            case "POST" -> invoke(action(packageName, name), JsonExchange.readObject(exchange, MAX_PARAMETER_BYTES), query);
            default -> throw new BadRequest(405, "Use PUT, GET, DELETE or POST on an action.");
        };
    }

    private Answer invoke(ActionEntity action, JsonObject body, Map<String, String> query) throws BadRequest {
        JsonObject params = store.defaultParameters(action);
        body.entrySet().forEach(entry -> params.add(entry.getKey(), entry.getValue()));
        ContainerInvoker.Started started = invoker.start(action, params).orElseThrow(() -> new BadRequest(429,
                "Too many concurrent activations: every container is busy and the queue is full; retry later."));
        JsonObject accepted = new JsonObject();
        accepted.addProperty("activationId", started.activationId());
        if (!"true".equals(query.get("blocking"))) {
            return new Answer(202, accepted);
        }
        JsonObject record;
        try {
            record = started.record().get(blockingWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // As OpenWhisk: a blocking invoke that outlasts the wait becomes an asynchronous one.
            return new Answer(202, accepted);
        } catch (ExecutionException e) {
            throw new IllegalStateException("activation " + started.activationId() + " failed inside marvelc serve", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(202, accepted);
        }
        JsonObject response = record.getAsJsonObject("response");
        boolean succeeded = Status.ofWire(response.get("status").getAsString()) == Status.SUCCESS;
        JsonElement answer = "true".equals(query.get("result")) ? response.get("result") : record;
        return new Answer(succeeded ? 200 : 502, answer);
    }

    private Answer activation(String method, String activationId) throws BadRequest {
        if (!method.equals("GET")) {
            throw new BadRequest(405, "Use GET on an activation.");
        }
        return new Answer(200, invoker.finished(activationId).orElseThrow(() -> new BadRequest(404, NOT_FOUND)));
    }

    private ActionEntity action(String packageName, String name) throws BadRequest {
        return store.getAction(packageName, name).orElseThrow(() -> new BadRequest(404, NOT_FOUND));
    }

    private static String only(List<String> rest) throws BadRequest {
        if (rest.size() != 1) {
            throw new BadRequest(404, NOT_FOUND);
        }
        return rest.get(0);
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new TreeMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "true" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
