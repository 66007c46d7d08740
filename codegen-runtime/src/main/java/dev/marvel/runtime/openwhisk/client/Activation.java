package dev.marvel.runtime.openwhisk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** A finished activation as {@code GET …/activations/{id}} returns it. */
public record Activation(
        String activationId,
        Status status,
        JsonObject result,
        List<String> logs,
        long startEpochMillis,
        long endEpochMillis,
        long durationMillis) {

    /** OpenWhisk's {@code response.status}. */
    public enum Status {
        SUCCESS("success"),
        /** The action returned {@code {"error": …}}. */
        APPLICATION_ERROR("application error"),
        /** The action crashed, timed out or returned something that is not a JSON object. */
        ACTION_DEVELOPER_ERROR("action developer error"),
        /** The platform failed. */
        WHISK_INTERNAL_ERROR("whisk internal error");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        /** OpenWhisk's numeric {@code statusCode} (0–3) for the same outcome. */
        public int code() {
            return ordinal();
        }

        public static Status ofWire(String wire) {
            for (Status status : values()) {
                if (status.wire.equals(wire)) {
                    return status;
                }
            }
            return WHISK_INTERNAL_ERROR;
        }
    }

    public Activation {
        logs = List.copyOf(logs);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** The error the activation reported, or empty text when it succeeded. */
    public String errorMessage() {
        JsonElement error = result.get("error");
        if (error == null) {
            return "";
        }
        return error.isJsonPrimitive() ? error.getAsString() : error.toString();
    }

    public static Activation fromJson(JsonObject json) {
        JsonObject response = json.has("response") ? json.getAsJsonObject("response") : new JsonObject();
        JsonObject result = response.has("result") && response.get("result").isJsonObject()
                ? response.getAsJsonObject("result") : new JsonObject();
        List<String> logs = new ArrayList<>();
        if (json.has("logs") && json.get("logs").isJsonArray()) {
            json.getAsJsonArray("logs").forEach(line -> logs.add(line.getAsString()));
        }
        return new Activation(
                json.get("activationId").getAsString(),
                Status.ofWire(response.has("status") ? response.get("status").getAsString() : ""),
                result,
                logs,
                longField(json, "start"),
                longField(json, "end"),
                longField(json, "duration"));
    }

    private static long longField(JsonObject json, String key) {
        return json.has(key) && json.get(key).isJsonPrimitive() ? json.get(key).getAsLong() : 0;
    }
}
