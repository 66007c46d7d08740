package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.marvel.runtime.openwhisk.ActionJar;
import dev.marvel.runtime.openwhisk.client.ActionSpec;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code marvelc serve} driven by {@link OpenWhiskClient} over real HTTP, running actions in real
 * action-proxy child JVMs: two containers at most and no queue, so the pool's limits show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalWhiskTest {
    static final String TASK = """
            package test;
            import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
            public class Task {
                static volatile long spins;
                static byte[] hoard;
                public static JsonObject main(JsonObject args) throws Exception {
                    String what = args.has("do") ? args.get("do").getAsString() : "greet";
                    System.out.println("task " + what);
                    switch (what) {
                        case "spin": while (true) { spins++; }
                        case "sleep": Thread.sleep(args.get("ms").getAsLong()); break;
                        case "hog": hoard = new byte[256 * 1024 * 1024]; break;
                        case "fail": { JsonObject e = new JsonObject(); e.addProperty("error", "no such input"); return e; }
                        default: break;
                    }
                    JsonObject result = new JsonObject();
                    result.addProperty("greeting", args.get("greeting").getAsString() + ", " + args.get("name").getAsString());
                    result.addProperty("pid", ProcessHandle.current().pid());
                    result.addProperty("activation", args.get("__ow_activation_id").getAsString());
                    return result;
                }
            }
            """;

    /** Shorter than OpenWhisk's 60 s so the turn into 202 shows quickly. */
    private static final Duration BLOCKING_WAIT = Duration.ofSeconds(2);

    private LocalWhisk whisk;
    private OpenWhiskClient client;
    private final StringWriter serverErrors = new StringWriter();

    @BeforeAll
    void deploy(@TempDir Path workDir) {
        LocalWhisk.Options options = LocalWhisk.Options.defaults().withPort(0).withPool(2, 0)
                .withBlockingWait(BLOCKING_WAIT);
        whisk = startQuietly(options);
        client = new OpenWhiskClient(whisk.wskProps());
        byte[] jar = ActionJar.compile(workDir, Map.of("test.Task", TASK));
        client.putPackage("wc", Map.of("greeting", new JsonPrimitive("hello")), true);
        client.putAction(ActionSpec.onImage("wc", "task", "marvel/runtime:test", "test.Task", jar), true);
        client.putAction(ActionSpec.onImage("wc", "spin", "marvel/runtime:test", "test.Task", jar)
                .withLimits(2_000, 128), true);
    }

    private LocalWhisk startQuietly(LocalWhisk.Options options) {
        try {
            return LocalWhisk.start(options, new PrintWriter(serverErrors, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stop() {
        whisk.close();
        assertEquals("", serverErrors.toString(), "marvelc serve logged no internal errors");
    }

    @Test
    void aBlockingInvokeReturnsTheResultWithPackageParametersAsDefaults() {
        Activation activation = client.invokeBlocking("wc", "task", params("name", "marvel"), Duration.ofSeconds(60));

        assertEquals(Activation.Status.SUCCESS, activation.status(), activation.toString());
        assertEquals("hello, marvel", activation.result().get("greeting").getAsString());
        assertEquals(activation.activationId(), activation.result().get("activation").getAsString(),
                "the action sees its own activation id");
        assertTrue(activation.activationId().matches("[0-9a-f]{32}"), activation.activationId());
    }

    @Test
    void aNonBlockingInvokeIsFetchedByIdWithItsLogs() {
        String id = client.invoke("wc", "task", params("name", "async"));

        Activation activation = client.awaitActivation(id, Duration.ofSeconds(60));

        assertEquals(id, activation.activationId());
        assertEquals(Activation.Status.SUCCESS, activation.status());
        assertEquals("hello, async", activation.result().get("greeting").getAsString());
        assertEquals(1, activation.logs().size(), activation.logs().toString());
        assertTrue(activation.logs().get(0).matches("\\d{4}-\\d\\d-\\d\\dT.*Z stdout: task greet"), activation.logs().get(0));
        assertTrue(activation.startEpochMillis() <= activation.endEpochMillis());
        assertEquals(activation.endEpochMillis() - activation.startEpochMillis(), activation.durationMillis());
    }

    @Test
    void aBlockingInvokeThatOutlastsTheWaitTurnsInto202AndTheActivationGoesOn() throws Exception {
        HttpResponse<String> response = rawInvoke("wc/task?blocking=true",
                "{\"do\":\"sleep\",\"ms\":" + (BLOCKING_WAIT.toMillis() + 500) + ",\"name\":\"slow\"}");

        assertEquals(202, response.statusCode(), response.body());
        String id = JsonParser.parseString(response.body()).getAsJsonObject().get("activationId").getAsString();
        Activation activation = client.awaitActivation(id, Duration.ofSeconds(60));
        assertEquals("hello, slow", activation.result().get("greeting").getAsString());
    }

    @Test
    void anErrorResultIsAnApplicationError() {
        Activation activation = client.invokeBlocking("wc", "task", params("do", "fail"), Duration.ofSeconds(60));

        assertEquals(Activation.Status.APPLICATION_ERROR, activation.status());
        assertEquals("no such input", activation.errorMessage());
    }

    @Test
    void aBadKeyIs401WithAMessageThatSaysWhatToDoAndHidesTheKey() {
        AuthKey wrong = AuthKey.generate(new SecureRandom());
        OpenWhiskClient stranger = new OpenWhiskClient(whisk.wskProps().withAuth(wrong.asWskAuth()));

        OpenWhiskException e = assertThrows(OpenWhiskException.class,
                () -> stranger.invoke("wc", "task", params("name", "x")));

        assertEquals(OpenWhiskException.Reason.UNAUTHORIZED, e.reason());
        assertEquals(401, e.status());
        assertEquals("OpenWhisk at " + whisk.apiHost() + " rejected the API key (401 Unauthorized). Check AUTH in"
                + " ~/.wskprops or --auth; for `marvelc serve` use the key it printed or the .wskprops file it wrote.",
                e.getMessage());
        assertFalse(e.getMessage().contains(wrong.secret()));
    }

    @Test
    void aRunawayActionIsKilledAtItsTimeLimitAndTheNextInvocationWorks() {
        long started = System.nanoTime();
        Activation runaway = client.invokeBlocking("wc", "spin", params("do", "spin"), Duration.ofSeconds(60));

        assertEquals(Activation.Status.ACTION_DEVELOPER_ERROR, runaway.status());
        assertEquals("The action exceeded its time limit of 2000 milliseconds.", runaway.errorMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 15, "killed promptly");

        Activation next = client.invokeBlocking("wc", "spin", params("name", "again"), Duration.ofSeconds(60));
        assertEquals(Activation.Status.SUCCESS, next.status(), next.toString());
        assertEquals("hello, again", next.result().get("greeting").getAsString());
    }

    @Test
    void anActionPastItsMemoryLimitEndsItsContainer() {
        Activation hog = client.invokeBlocking("wc", "spin", params("do", "hog"), Duration.ofSeconds(60));

        assertEquals(Activation.Status.ACTION_DEVELOPER_ERROR, hog.status());
        assertEquals("The action did not produce a valid response and exited unexpectedly (its memory limit is 128 MB;"
                + " see the activation's logs).", hog.errorMessage());
        assertTrue(hog.logs().stream().anyMatch(line -> line.contains("OutOfMemoryError")), hog.logs().toString());

        Activation next = client.invokeBlocking("wc", "spin", params("name", "lean"), Duration.ofSeconds(60));
        assertEquals(Activation.Status.SUCCESS, next.status(), next.toString());
    }

    @Test
    void twoConcurrentInvocationsUseTwoContainersAndAThirdIsThrottledUntilOneIsFree() throws Exception {
        JsonObject sleep = params("do", "sleep");
        sleep.addProperty("ms", 1_500);
        sleep.addProperty("name", "sleeper");
        String first = client.invoke("wc", "task", sleep);
        String second = client.invoke("wc", "task", sleep);

        HttpResponse<String> third = rawInvoke("wc/task", "{}");
        assertEquals(429, third.statusCode(), third.body());
        assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
        String retried = client.invoke("wc", "task", params("name", "patient"));


        Activation a = client.awaitActivation(first, Duration.ofSeconds(60));
        Activation b = client.awaitActivation(second, Duration.ofSeconds(60));
        assertEquals(Activation.Status.SUCCESS, a.status(), a.toString());
        assertEquals(Activation.Status.SUCCESS, b.status(), b.toString());
        assertNotEquals(a.result().get("pid").getAsLong(), b.result().get("pid").getAsLong(),
                "one activation per container at a time");
        Activation c = client.awaitActivation(retried, Duration.ofSeconds(60));
        assertEquals("hello, patient", c.result().get("greeting").getAsString(), "the client retried the 429");
    }

    @Test
    void entitiesFollowOpenWhiskRules() {
        OpenWhiskException missing = assertThrows(OpenWhiskException.class,
                () -> client.invoke("wc", "nope", new JsonObject()));
        assertEquals(OpenWhiskException.Reason.NOT_FOUND, missing.reason());

        OpenWhiskException exists = assertThrows(OpenWhiskException.class,
                () -> client.putPackage("wc", Map.of(), false));
        assertEquals(OpenWhiskException.Reason.CONFLICT, exists.reason());

        OpenWhiskException notEmpty = assertThrows(OpenWhiskException.class, () -> client.deletePackage("wc"));
        assertEquals(409, notEmpty.status());

        client.putPackage("scratch", Map.of(), false);
        assertTrue(client.deletePackage("scratch"));
        assertFalse(client.deletePackage("scratch"));
    }

    @Test
    void aClosedPortIsReportedAsUnreachableWithWhatToDo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OpenWhiskClient nowhere = new OpenWhiskClient(whisk.wskProps().withApiHost("http://127.0.0.1:" + port));

        OpenWhiskException e = assertThrows(OpenWhiskException.class, () -> nowhere.getActivation("abc"));

        assertEquals(OpenWhiskException.Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Cannot reach OpenWhisk at http://127.0.0.1:" + port), e.getMessage());
        assertTrue(e.getMessage().contains("start `marvelc serve`"), e.getMessage());
    }

    private HttpResponse<String> rawInvoke(String actionAndQuery, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString(whisk.wskProps().auth().getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(whisk.apiHost() + "/api/v1/namespaces/_/actions/" + actionAndQuery))
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject params(String key, String value) {
        JsonObject params = new JsonObject();
        params.addProperty(key, value);
        return params;
    }
}
