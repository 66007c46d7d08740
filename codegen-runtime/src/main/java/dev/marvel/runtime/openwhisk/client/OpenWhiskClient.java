package dev.marvel.runtime.openwhisk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The part of OpenWhisk's controller REST API that {@code marvelc deploy} and the driver use:
 * packages, actions, invocations and activations. Throttling (429) is retried with backoff;
 * every other failure becomes an {@link OpenWhiskException} that says what to do.
 */
public final class OpenWhiskClient {
    /** OpenWhisk answers a blocking invoke with 202 after this long; we never need to wait longer per request. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(75);
    private static final int DEFAULT_THROTTLE_RETRIES = 6;

    private final WskProps props;
    private final URI namespaceBase;
    private final String authorization;
    private final HttpClient http;
    private final Backoff throttleBackoff;
    private final int throttleRetries;

    public OpenWhiskClient(WskProps props) {
        this(props, Backoff.throttled(), DEFAULT_THROTTLE_RETRIES);
    }

    public OpenWhiskClient(WskProps props, Backoff throttleBackoff, int throttleRetries) {
        if (props.auth().isBlank()) {
            throw new IllegalStateException("No OpenWhisk API key is configured: set AUTH in ~/.wskprops"
                    + " (or $WSK_CONFIG_FILE) or pass --auth; `marvelc serve` prints one.");
        }
        this.props = props;
        this.namespaceBase = props.apiBase().resolve("api/v1/namespaces/" + segment(props.namespace()) + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(props.auth().getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.throttleBackoff = throttleBackoff;
        this.throttleRetries = throttleRetries;
    }

    /** Creates or (with {@code overwrite}) updates a package. */
    public void putPackage(String packageName, Map<String, JsonElement> parameters, boolean overwrite) {
        putPackage(packageName, parameters, Map.of(), overwrite);
    }

    /** Creates or (with {@code overwrite}) updates a package with annotations. */
    public void putPackage(String packageName, Map<String, JsonElement> parameters,
                           Map<String, JsonElement> annotations, boolean overwrite) {
        JsonObject body = new JsonObject();
        body.addProperty("publish", false);
        body.add("parameters", ActionSpec.keyValues(parameters));
        body.add("annotations", ActionSpec.keyValues(annotations));
        send("PUT", "packages/" + segment(packageName) + "?overwrite=" + overwrite, body,
                "package '" + packageName + "'");
    }

    /** The package as the controller returns it, or empty when there is none. */
    public Optional<JsonObject> getPackage(String packageName) {
        return getEntity("packages/" + segment(packageName), "package '" + packageName + "'");
    }

    /** The action as the controller returns it (without its code), or empty when there is none. */
    public Optional<JsonObject> getAction(String packageName, String name) {
        return getEntity(actionPath(packageName, name) + "?code=false", "action '" + packageName + "/" + name + "'");
    }

    private Optional<JsonObject> getEntity(String path, String what) {
        HttpResponse<String> response = sendAllowing404("GET", path, null, what);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(parse(response.body()));
    }

    /** Creates or (with {@code overwrite}) updates an action. */
    public void putAction(ActionSpec action, boolean overwrite) {
        send("PUT", actionPath(action.packageName(), action.name()) + "?overwrite=" + overwrite, action.toJson(),
                "action '" + action.packageName() + "/" + action.name() + "'");
    }

    /** Deletes an action; false when there was none. */
    public boolean deleteAction(String packageName, String name) {
        return deleteIfPresent(actionPath(packageName, name), "action '" + packageName + "/" + name + "'");
    }

    /** Deletes a package (its actions must be deleted first); false when there was none. */
    public boolean deletePackage(String packageName) {
        return deleteIfPresent("packages/" + segment(packageName), "package '" + packageName + "'");
    }

    /** Starts an activation without waiting for it; returns its id. */
    public String invoke(String packageName, String name, JsonObject params) {
        HttpResponse<String> response = send("POST", actionPath(packageName, name) + "?blocking=false", params,
                "action '" + packageName + "/" + name + "'");
        return parse(response.body()).get("activationId").getAsString();
    }

    /**
     * Runs an activation and waits for it, at most {@code maxWait}. A failed activation is
     * returned, not thrown: its {@link Activation#status()} says how it failed.
     */
    public Activation invokeBlocking(String packageName, String name, JsonObject params, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        HttpResponse<String> response = send("POST", actionPath(packageName, name) + "?blocking=true", params,
                "action '" + packageName + "/" + name + "'");
        JsonObject body = parse(response.body());
        if (response.statusCode() == 202) {
            // OpenWhisk stopped waiting (60 s); the activation goes on and is fetched by id.
            String id = body.get("activationId").getAsString();
            return awaitActivation(id, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return Activation.fromJson(body);
    }

    /** The activation, or empty while it runs (OpenWhisk stores it only when it ends). */
    public Optional<Activation> getActivation(String activationId) {
        HttpResponse<String> response = sendAllowing404("GET", "activations/" + segment(activationId), null,
                "activation " + activationId);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(Activation.fromJson(parse(response.body())));
    }

    /** Polls with backoff until the activation has ended, at most {@code maxWait}. */
    public Activation awaitActivation(String activationId, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Backoff polling = Backoff.polling();
        for (int attempt = 0; ; attempt++) {
            Optional<Activation> activation = getActivation(activationId);
            if (activation.isPresent()) {
                return activation.get();
            }
            Duration delay = polling.delay(attempt);
            if (System.nanoTime() + delay.toNanos() > deadline) {
                throw new OpenWhiskException(OpenWhiskException.Reason.TIMED_OUT, 0, "Activation " + activationId
                        + " did not finish within " + maxWait.toSeconds() + " s; it may still be running: look it up"
                        + " later with `wsk activation get " + activationId + "`.");
            }
            sleep(delay);
        }
    }

    private boolean deleteIfPresent(String path, String what) {
        return sendAllowing404("DELETE", path, null, what).statusCode() != 404;
    }

    private HttpResponse<String> send(String method, String path, JsonObject body, String what) {
        HttpResponse<String> response = sendAllowing404(method, path, body, what);
        if (response.statusCode() == 404) {
            throw failure(response, what);
        }
        return response;
    }

    /** Sends with 429 retries; every status other than 2xx, 404 and a blocking invoke's 502 throws. */
    private HttpResponse<String> sendAllowing404(String method, String path, JsonObject body, String what) {
        HttpRequest request = HttpRequest.newBuilder(namespaceBase.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            if (status == 429 && attempt < throttleRetries) {
                sleep(retryAfter(response).orElse(throttleBackoff.delay(attempt)));
                continue;
            }
            if (status / 100 == 2 || status == 404 || (status == 502 && isActivation(response))) {
                return response;
            }
            throw failure(response, what);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new OpenWhiskException(OpenWhiskException.Reason.UNREACHABLE, 0, "Cannot reach OpenWhisk at "
                    + props.apiHost() + " (" + e.getClass().getSimpleName() + "): is it running? For a local one start"
                    + " `marvelc serve`; otherwise check APIHOST in ~/.wskprops.", e);
        } catch (HttpTimeoutException e) {
            throw new OpenWhiskException(OpenWhiskException.Reason.UNREACHABLE, 0, "OpenWhisk at " + props.apiHost()
                    + " did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s; check that the controller is healthy.", e);
        } catch (IOException e) {
            throw new OpenWhiskException(OpenWhiskException.Reason.UNREACHABLE, 0, "The connection to OpenWhisk at "
                    + props.apiHost() + " failed: " + e.getMessage() + ". Check APIHOST and the network.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenWhiskException(OpenWhiskException.Reason.UNREACHABLE, 0, "Interrupted while calling OpenWhisk.", e);
        }
    }

    /** A failed blocking invoke answers 502 with the activation record, which is a result, not an error. */
    private static boolean isActivation(HttpResponse<String> response) {
        try {
            JsonElement body = JsonParser.parseString(response.body());
            return body.isJsonObject() && body.getAsJsonObject().has("activationId");
        } catch (JsonParseException e) {
            return false;
        }
    }

    private OpenWhiskException failure(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        String said = errorText(response.body());
        String host = props.apiHost();
        return switch (status) {
            case 401 -> new OpenWhiskException(OpenWhiskException.Reason.UNAUTHORIZED, status, "OpenWhisk at " + host
                    + " rejected the API key (401 Unauthorized). Check AUTH in ~/.wskprops or --auth; for `marvelc serve`"
                    + " use the key it printed or the .wskprops file it wrote.");
            case 403 -> new OpenWhiskException(OpenWhiskException.Reason.FORBIDDEN, status, "The API key may not access "
                    + what + " in namespace '" + props.namespace() + "' at " + host + " (403 Forbidden): check NAMESPACE"
                    + " ('_' means the key's own namespace).");
            case 404 -> new OpenWhiskException(OpenWhiskException.Reason.NOT_FOUND, status, "OpenWhisk at " + host
                    + " has no " + what + " (404): deploy it first with `marvelc deploy`, or check the name.");
            case 409 -> new OpenWhiskException(OpenWhiskException.Reason.CONFLICT, status, what
                    + " already exists (409): deploy with overwrite to replace it.");
            case 413 -> new OpenWhiskException(OpenWhiskException.Reason.TOO_LARGE, status, what + " is too large for"
                    + " OpenWhisk (413): action jars must stay below ~36 MB (48 MB of base64), parameters and results"
                    + " below 1 MB; pass references (paths, keys), not data.");
            case 429 -> new OpenWhiskException(OpenWhiskException.Reason.THROTTLED, status, "OpenWhisk kept throttling"
                    + " requests (429) after " + throttleRetries + " retries: the namespace's limits (by default 60"
                    + " invocations a minute, 30 concurrent) are reached; lower the job's parallelism or ask the"
                    + " operator to raise them.");
            case 400 -> new OpenWhiskException(OpenWhiskException.Reason.BAD_REQUEST, status, "OpenWhisk rejected "
                    + what + " (400): " + said);
            default -> status >= 500
                    ? new OpenWhiskException(OpenWhiskException.Reason.SERVER_ERROR, status, "OpenWhisk at " + host
                            + " failed (" + status + ") on " + what + ": " + said + ". Retry later; if it persists,"
                            + " check the controller's logs.")
                    : new OpenWhiskException(OpenWhiskException.Reason.BAD_REQUEST, status, "OpenWhisk answered "
                            + status + " on " + what + ": " + said);
        };
    }

    private static String errorText(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject() && json.getAsJsonObject().has("error")) {
                return json.getAsJsonObject().get("error").getAsString();
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // Not OpenWhisk's error shape: show the body itself.
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static JsonObject parse(String body) {
        try {
            return JsonParser.parseString(body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new OpenWhiskException(OpenWhiskException.Reason.SERVER_ERROR, 0,
                    "OpenWhisk answered with something that is not a JSON object: " + errorText(body));
        }
    }

    private static String actionPath(String packageName, String name) {
        return "actions/" + (packageName.isEmpty() ? "" : segment(packageName) + "/") + segment(name);
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenWhiskException(OpenWhiskException.Reason.UNREACHABLE, 0, "Interrupted while waiting on OpenWhisk.", e);
        }
    }
}
