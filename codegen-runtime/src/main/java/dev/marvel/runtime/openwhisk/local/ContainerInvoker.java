package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.runtime.openwhisk.JsonExchange;
import dev.marvel.runtime.openwhisk.client.Activation.Status;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Turns an invocation into an activation: admits it to the container pool, runs it on a pool
 * thread, and records the activation as OpenWhisk's {@code GET …/activations/{id}} shows it.
 */
final class ContainerInvoker {
    /** How many finished activations stay retrievable; older ones are dropped first. */
    private static final int KEPT_ACTIVATIONS = 10_000;

    private final ContainerPool pool;
    private final ExecutorService executor;
    private final String apiKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, JsonObject> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonObject> eldest) {
            return size() > KEPT_ACTIVATIONS;
        }
    };

    ContainerInvoker(ContainerPool pool, ExecutorService executor, String apiKey) {
        this.pool = pool;
        this.executor = executor;
        this.apiKey = apiKey;
    }

    /** A started activation: its id, and its record once it ends. */
    record Started(String activationId, CompletableFuture<JsonObject> record) {}

    /** Starts an activation, or returns empty when the pool and its queue are full. */
    Optional<Started> start(ActionEntity action, JsonObject params) {
        if (!pool.tryAdmit()) {
            return Optional.empty();
        }
        String activationId = newId();
        CompletableFuture<JsonObject> record = CompletableFuture.supplyAsync(() -> {
            long start = System.currentTimeMillis();
            ContainerPool.ContainerRun run;
            try {
                run = pool.run(action, runRequest(action, params, activationId));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run = internalError("marvelc serve is shutting down.");
            } catch (RuntimeException e) {
                // Still record an activation: a caller polling for it must not wait forever.
                run = internalError("marvelc serve failed to run the activation: " + e);
            }
            JsonObject activation = activationRecord(action, activationId, start, System.currentTimeMillis(), run);
            synchronized (finished) {
                finished.put(activationId, activation);
            }
            return activation;
        }, executor);
        return Optional.of(new Started(activationId, record));
    }

    private static ContainerPool.ContainerRun internalError(String message) {
        return new ContainerPool.ContainerRun(Status.WHISK_INTERNAL_ERROR, JsonExchange.error(message), List.of(), 0, 0);
    }

    /** A finished activation; empty while it runs, as in OpenWhisk. */
    Optional<JsonObject> finished(String activationId) {
        synchronized (finished) {
            return Optional.ofNullable(finished.get(activationId));
        }
    }

    private JsonObject runRequest(ActionEntity action, JsonObject params, String activationId) {
        JsonObject body = new JsonObject();
        body.add("value", params);
        body.addProperty("namespace", action.namespace());
        body.addProperty("action_name", "/" + action.path());
        body.addProperty("activation_id", activationId);
        body.addProperty("transaction_id", newId());
        if (action.annotated("provide-api-key")) {
            body.addProperty("api_key", apiKey);
        }
        return body;
    }

    private static JsonObject activationRecord(ActionEntity action, String activationId, long start, long end,
                                               ContainerPool.ContainerRun run) {
        JsonObject response = new JsonObject();
        response.addProperty("status", run.status().wire());
        response.addProperty("statusCode", run.status().code());
        response.addProperty("success", run.status() == Status.SUCCESS);
        response.add("result", run.result());
        JsonArray logs = new JsonArray();
        run.logs().forEach(logs::add);
        JsonArray annotations = new JsonArray();
        annotations.add(annotation("path", action.path()));
        annotations.add(annotation("kind", action.kind()));
        annotations.add(annotation("waitTime", run.waitMillis()));
        if (run.initMillis() > 0) {
            annotations.add(annotation("initTime", run.initMillis()));
        }
        annotations.add(annotation("limits", action.toJson(false).get("limits")));
        JsonObject record = new JsonObject();
        record.addProperty("namespace", action.namespace());
        record.addProperty("name", action.name());
        record.addProperty("version", "0.0." + action.version());
        record.addProperty("subject", action.namespace());
        record.addProperty("activationId", activationId);
        record.addProperty("start", start);
        record.addProperty("end", end);
        record.addProperty("duration", end - start);
        record.addProperty("statusCode", run.status().code());
        record.add("response", response);
        record.add("logs", logs);
        record.add("annotations", annotations);
        record.addProperty("publish", false);
        return record;
    }

    private static JsonObject annotation(String key, Object value) {
        JsonObject pair = new JsonObject();
        pair.addProperty("key", key);
        if (value instanceof JsonElement element) {
            pair.add("value", element);
        } else if (value instanceof Number number) {
            pair.addProperty("value", number);
        } else {
            pair.addProperty("value", value.toString());
        }
        return pair;
    }

    /** OpenWhisk's activation id form: 32 lowercase hex digits. */
    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
