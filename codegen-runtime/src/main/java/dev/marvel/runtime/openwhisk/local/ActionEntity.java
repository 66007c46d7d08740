package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.runtime.openwhisk.JsonExchange.BadRequest;

import java.util.Optional;

/**
 * An action as {@code marvelc serve} stores it: what {@code PUT …/actions/{pkg}/{name}} sent,
 * validated against OpenWhisk's limits. {@code version} grows on every overwrite, so warm
 * containers of an older version are never reused.
 */
record ActionEntity(
        String namespace,
        String packageName,
        String name,
        String kind,
        Optional<String> image,
        String main,
        String base64Code,
        long timeoutMillis,
        int memoryMb,
        int logsMb,
        JsonArray annotations,
        JsonArray parameters,
        int version) {

    /** OpenWhisk's cap on the base64 action code. */
    static final long MAX_CODE_CHARS = 48L * 1024 * 1024;

    static ActionEntity fromPut(String namespace, String packageName, String name, JsonObject body, int version)
            throws BadRequest {
        JsonObject exec = object(body, "exec")
                .orElseThrow(() -> new BadRequest(400, "The action needs an 'exec' object with kind, code and main."));
        String kind = string(exec, "kind").orElseThrow(() -> new BadRequest(400, "exec.kind is missing."));
        if (!kind.equals("blackbox") && !kind.startsWith("java")) {
            throw new BadRequest(400, "marvelc serve runs jar actions only: use kind 'blackbox' (the Marvel runtime"
                    + " image) or a 'java:*' kind, not '" + kind + "'.");
        }
        String code = string(exec, "code").orElseThrow(() -> new BadRequest(400, "exec.code (the base64 jar) is missing."));
        if (code.length() > MAX_CODE_CHARS) {
            throw new BadRequest(413, "The action code is " + code.length() + " base64 characters; OpenWhisk's limit is "
                    + MAX_CODE_CHARS + " (about 36 MB of jar). Keep action jars thin.");
        }
        String main = string(exec, "main").orElseThrow(() -> new BadRequest(400, "exec.main (the class name) is missing."));
        if (exec.has("binary") && exec.get("binary").isJsonPrimitive() && !exec.get("binary").getAsBoolean()) {
            throw new BadRequest(400, "exec.binary must be true: the code is a base64 jar.");
        }
        JsonObject limits = object(body, "limits").orElseGet(JsonObject::new);
        // One activation per container is all the Marvel runtime does (OpenWhisk's default too).
        limit(limits, "concurrency", 1, 1, 1);
        return new ActionEntity(namespace, packageName, name, kind, string(exec, "image"), main, code,
                limit(limits, "timeout", 60_000, 100, 300_000),
                (int) limit(limits, "memory", 256, 128, 512),
                (int) limit(limits, "logs", 10, 0, 10),
                keyValues(body, "annotations"), keyValues(body, "parameters"), version);
    }

    /** The path OpenWhisk reports in activations: {@code ns/pkg/name}. */
    String path() {
        return packageName.isEmpty() ? namespace + "/" + name : namespace + "/" + packageName + "/" + name;
    }

    /** Identifies interchangeable warm containers. */
    String containerKey() {
        return path() + "@" + version;
    }

    boolean annotated(String key) {
        for (JsonElement pair : annotations) {
            JsonObject annotation = pair.getAsJsonObject();
            if (annotation.get("key").getAsString().equals(key)) {
                JsonElement value = annotation.get("value");
                return value != null && value.isJsonPrimitive() && value.getAsBoolean();
            }
        }
        return false;
    }

    /** The entity as the controller returns it; the code only when asked. */
    JsonObject toJson(boolean withCode) {
        JsonObject exec = new JsonObject();
        exec.addProperty("kind", kind);
        image.ifPresent(value -> exec.addProperty("image", value));
        exec.addProperty("main", main);
        exec.addProperty("binary", true);
        if (withCode) {
            exec.addProperty("code", base64Code);
        }
        JsonObject limits = new JsonObject();
        limits.addProperty("timeout", timeoutMillis);
        limits.addProperty("memory", memoryMb);
        limits.addProperty("logs", logsMb);
        limits.addProperty("concurrency", 1);
        JsonObject json = new JsonObject();
        json.addProperty("namespace", packageName.isEmpty() ? namespace : namespace + "/" + packageName);
        json.addProperty("name", name);
        json.addProperty("version", "0.0." + version);
        json.add("exec", exec);
        json.add("limits", limits);
        json.add("annotations", annotations);
        json.add("parameters", parameters);
        json.addProperty("publish", false);
        return json;
    }

    static long limit(JsonObject limits, String key, long fallback, long min, long max) throws BadRequest {
        JsonElement value = limits.get(key);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        long number;
        try {
            number = value.getAsLong();
        } catch (RuntimeException e) {
            throw new BadRequest(400, "limits." + key + " must be a number.");
        }
        if (number < min || number > max) {
            throw new BadRequest(400, "limits." + key + " is " + number + "; it must be between " + min + " and " + max + ".");
        }
        return number;
    }

    /** OpenWhisk's {@code [{"key":…,"value":…}]} list; absent means empty. */
    static JsonArray keyValues(JsonObject body, String field) throws BadRequest {
        JsonElement value = body.get(field);
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (!value.isJsonArray()) {
            throw new BadRequest(400, "'" + field + "' must be a list of {\"key\":…,\"value\":…} objects.");
        }
        for (JsonElement pair : value.getAsJsonArray()) {
            if (!pair.isJsonObject() || !pair.getAsJsonObject().has("key")) {
                throw new BadRequest(400, "Every entry of '" + field + "' needs a \"key\" and a \"value\".");
            }
        }
        return value.getAsJsonArray();
    }

    static Optional<JsonObject> object(JsonObject body, String key) {
        JsonElement value = body.get(key);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    static Optional<String> string(JsonObject body, String key) {
        JsonElement value = body.get(key);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }
}
