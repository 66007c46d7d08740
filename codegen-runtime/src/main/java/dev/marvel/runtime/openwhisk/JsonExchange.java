package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reads JSON request bodies from and writes JSON responses to a JDK {@link HttpExchange}. */
public final class JsonExchange {
    private JsonExchange() {}

    /** A request body that is not what the endpoint accepts; {@code status} is the HTTP answer. */
    public static final class BadRequest extends Exception {
        private final int status;

        public BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Reads the whole body (at most {@code maxBytes}) as a JSON object; an empty body is {@code {}}. */
    public static JsonObject readObject(HttpExchange exchange, long maxBytes) throws IOException, BadRequest {
        byte[] body = readBody(exchange, maxBytes);
        if (body.length == 0) {
            return new JsonObject();
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new BadRequest(400, "The request body is not valid JSON: " + e.getMessage());
        }
        if (!parsed.isJsonObject()) {
            throw new BadRequest(400, "The request body must be a JSON object.");
        }
        return parsed.getAsJsonObject();
    }

    private static byte[] readBody(HttpExchange exchange, long maxBytes) throws IOException, BadRequest {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                if (buffer.size() + (long) n > maxBytes) {
                    throw new BadRequest(413, "The request content is larger than " + maxBytes + " bytes.");
                }
                buffer.write(chunk, 0, n);
            }
        }
        return buffer.toByteArray();
    }

    public static void send(HttpExchange exchange, int status, JsonElement body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, error(message));
    }

    /** OpenWhisk's error shape: {@code {"error": message}}. */
    public static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.addProperty("error", message);
        return error;
    }
}
