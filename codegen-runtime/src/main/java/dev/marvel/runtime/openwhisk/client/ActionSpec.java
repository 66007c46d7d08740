package dev.marvel.runtime.openwhisk.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An action to create or update: a jar run by the Marvel runtime, with OpenWhisk's limits.
 * With an {@code image} it is a {@code blackbox} action on that image (the Marvel runtime image on
 * a cluster); without one, {@code kind} names a runtime ({@code marvelc serve} accepts any).
 *
 * @param timeoutMillis OpenWhisk's {@code limits.timeout} (default 60 000, at most 300 000)
 * @param memoryMb      {@code limits.memory}, the container's memory (and proxy heap) in MB
 * @param logsMb        {@code limits.logs}, how many MB of log lines an activation keeps
 */
public record ActionSpec(
        String packageName,
        String name,
        String kind,
        Optional<String> image,
        String main,
        byte[] jar,
        long timeoutMillis,
        int memoryMb,
        int logsMb,
        Map<String, JsonElement> annotations,
        Map<String, JsonElement> parameters) {

    public static final String BLACKBOX = "blackbox";

    public ActionSpec {
        annotations = new TreeMap<>(annotations);
        parameters = new TreeMap<>(parameters);
    }

    /** A blackbox action on the Marvel runtime image with OpenWhisk's default limits. */
    public static ActionSpec onImage(String packageName, String name, String image, String main, byte[] jar) {
        return new ActionSpec(packageName, name, BLACKBOX, Optional.of(image), main, jar, 60_000, 256, 10,
                Map.of(), Map.of());
    }

    public ActionSpec withLimits(long timeoutMillis, int memoryMb) {
        return new ActionSpec(packageName, name, kind, image, main, jar, timeoutMillis, memoryMb, logsMb,
                annotations, parameters);
    }

    public ActionSpec withParameters(Map<String, JsonElement> values) {
        return new ActionSpec(packageName, name, kind, image, main, jar, timeoutMillis, memoryMb, logsMb,
                annotations, values);
    }

    public ActionSpec withAnnotations(Map<String, JsonElement> values) {
        return new ActionSpec(packageName, name, kind, image, main, jar, timeoutMillis, memoryMb, logsMb,
                values, parameters);
    }

    /** The body of {@code PUT /api/v1/namespaces/{ns}/actions/{pkg}/{name}}. */
    public JsonObject toJson() {
        JsonObject exec = new JsonObject();
        exec.addProperty("kind", kind);
        image.ifPresent(value -> exec.addProperty("image", value));
        exec.addProperty("main", main);
        exec.addProperty("code", Base64.getEncoder().encodeToString(jar));
        exec.addProperty("binary", true);
        JsonObject limits = new JsonObject();
        limits.addProperty("timeout", timeoutMillis);
        limits.addProperty("memory", memoryMb);
        limits.addProperty("logs", logsMb);
        limits.addProperty("concurrency", 1);
        JsonObject body = new JsonObject();
        body.add("exec", exec);
        body.add("limits", limits);
        body.add("annotations", keyValues(annotations));
        body.add("parameters", keyValues(parameters));
        return body;
    }

    /** OpenWhisk's {@code [{"key":…,"value":…}]} form, in key order. */
    static JsonArray keyValues(Map<String, JsonElement> values) {
        JsonArray array = new JsonArray();
        for (Map.Entry<String, JsonElement> entry : new TreeMap<>(values).entrySet()) {
            JsonObject pair = new JsonObject();
            pair.addProperty("key", entry.getKey());
            pair.add("value", entry.getValue());
            array.add(pair);
        }
        return array;
    }
}
