package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.marvel.runtime.openwhisk.local.ProxyLaunch;
import dev.marvel.runtime.openwhisk.local.ProxyProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenWhisk's action protocol spoken over real HTTP to a real proxy JVM, one activation after the
 * other on the same container (as an invoker reuses a warm container).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionProxyProtocolTest {
    /** Follows the action contract exactly; a parameter {@code do} picks the behaviour. */
    static final String STAGE = """
            package test;
            import com.google.gson.JsonObject;
            public class Stage {
                public static JsonObject main(JsonObject args) throws Exception {
                    String what = args.has("do") ? args.get("do").getAsString() : "echo";
                    System.out.println("stdout of " + what);
                    System.err.println("stderr of " + what);
                    switch (what) {
                        case "throw": throw new IllegalStateException("input split 3 is corrupt");
                        case "error": { JsonObject e = new JsonObject(); e.addProperty("error", "bad record"); return e; }
                        case "null": return null;
                        case "big": { JsonObject b = new JsonObject(); b.addProperty("data", "x".repeat(1_100_000)); return b; }
                        case "sleep": Thread.sleep(60_000); return args;
                        default: return args;
                    }
                }
            }
            """;
    /** Breaks the contract: returns a non-object, and ignores interruption. */
    static final String RUNAWAY = """
            package test;
            import com.google.gson.JsonArray;
            import com.google.gson.JsonElement;
            import com.google.gson.JsonObject;
            public class Runaway {
                static volatile long spins;
                public static JsonElement main(JsonObject args) {
                    if (args.get("do").getAsString().equals("array")) { return new JsonArray(); }
                    while (true) { spins++; }
                }
            }
            """;

    @TempDir
    Path workDir;
    private ProxyProcess stage;
    private byte[] stageJar;

    @BeforeAll
    void startProxy(@TempDir Path jarDir) throws Exception {
        stage = ProxyProcess.start(ProxyLaunch.ofCurrentJvm(), 256, 300_000);
        stageJar = ActionJar.compile(jarDir, Map.of("test.Stage", STAGE));
    }

    @AfterAll
    void stopProxy() {
        stage.close();
    }

    @Test
    @Order(1)
    void runBeforeInitIsRefused() throws Exception {
        Ran ran = run(stage, params("echo"), 0);

        assertEquals(502, ran.status());
        assertEquals("Cannot invoke an uninitialized action.", ran.error());
    }

    @Test
    @Order(2)
    void initLoadsTheJarAndRunReturnsTheResultWithTheActivationContext() throws Exception {
        HttpResponse<String> init = init(stage, "test.Stage", stageJar);
        assertEquals(200, init.statusCode(), init.body());
        assertEquals("{\"ok\":true}", init.body());

        long deadline = System.currentTimeMillis() + 30_000;
        Ran ran = run(stage, params("echo"), deadline);

        assertEquals(200, ran.status(), ran.response().body());
        JsonObject result = JsonParser.parseString(ran.response().body()).getAsJsonObject();
        assertEquals("echo", result.get("do").getAsString());
        assertEquals("act-1", result.get(ActivationContext.ACTIVATION_ID).getAsString());
        assertEquals("guest", result.get(ActivationContext.NAMESPACE).getAsString());
        assertEquals("/guest/wc/map", result.get(ActivationContext.ACTION_NAME).getAsString());
        assertEquals("tx-1", result.get(ActivationContext.TRANSACTION_ID).getAsString());
        assertEquals(deadline, result.get(ActivationContext.DEADLINE).getAsLong());
        assertFalse(result.has(ActivationContext.API_KEY), "no api_key was sent");
        assertEquals(List.of("stdout: stdout of echo", "stderr: stderr of echo"), streamsAndTexts(ran));
    }

    @Test
    @Order(3)
    void aSecondInitIsRefused() throws Exception {
        HttpResponse<String> response = init(stage, "test.Stage", stageJar);

        assertEquals(502, response.statusCode());
        assertEquals("{\"error\":\"Cannot initialize the action more than once.\"}", response.body());
    }

    @Test
    @Order(4)
    void aThrowingActionIs502WithTheMessageAndTheStackTraceOnlyInTheLog() throws Exception {
        Ran ran = run(stage, params("throw"), 0);

        assertEquals(502, ran.status());
        assertEquals("An error has occurred while invoking the action (see logs for details): "
                + "java.lang.IllegalStateException: input split 3 is corrupt", ran.error());
        assertFalse(ran.response().body().contains("at test.Stage"), "no stack trace in the response");
        assertTrue(ran.logs().lines().stream().anyMatch(l -> l.stream().equals("stderr") && l.text().contains("at test.Stage.main")),
                "the stack trace is in the activation's stderr: " + ran.logs().lines());
    }

    @Test
    @Order(5)
    void anErrorResultIsPassedOnAsTheRealProxyDoes() throws Exception {
        Ran ran = run(stage, params("error"), 0);

        assertEquals(200, ran.status(), "the invoker turns a 200 with 'error' into an application error");
        assertEquals("bad record", ran.error());
    }

    @Test
    @Order(6)
    void anOversizedResultIs502NamingItsSize() throws Exception {
        Ran ran = run(stage, params("big"), 0);

        assertEquals(502, ran.status());
        assertEquals("The action result is 1100011 bytes, more than the limit of 1048576 bytes;"
                + " return references (paths, keys) instead of data.", ran.error());
    }

    @Test
    @Order(7)
    void aNullResultIs502() throws Exception {
        Ran ran = run(stage, params("null"), 0);

        assertEquals(502, ran.status());
        assertEquals("The action did not return a JSON object (it returned null);"
                + " main must return a com.google.gson.JsonObject.", ran.error());
    }

    @Test
    @Order(8)
    void aDeadlineAlreadyPassedIsRefusedWithoutStartingTheAction() throws Exception {
        Ran ran = run(stage, params("sleep"), System.currentTimeMillis() - 1_000);

        assertEquals(502, ran.status());
        assertTrue(ran.error().matches("The activation's deadline had passed \\d+ ms before /run reached the action"
                + " proxy, so the action was not started: .*"), ran.error());
        assertEquals(200, run(stage, params("echo"), 0).status());
    }

    @Test
    @Order(8)
    void aPassedDeadlineInterruptsTheActionAndTheContainerStaysUsable() throws Exception {
        long started = System.nanoTime();
        Ran ran = run(stage, params("sleep"), System.currentTimeMillis() + 2_000);

        assertEquals(502, ran.status());
        // On a loaded machine /run may arrive after the deadline; the proxy then refuses to start.
        assertTrue(ran.error().matches("The action exceeded its time limit of \\d+ ms and was interrupted\\.")
                || ran.error().startsWith("The activation's deadline had passed"), ran.error());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 10_000);

        Ran next = run(stage, params("echo"), 0);
        assertEquals(200, next.status(), next.response().body());
    }

    @Test
    @Order(9)
    void aNonObjectResultIs502AndARunawayActionMakesTheContainerUnusable() throws Exception {
        try (ProxyProcess runaway = ProxyProcess.start(ProxyLaunch.ofCurrentJvm(), 128, 300_000)) {
            byte[] jar = ActionJar.compile(workDir, Map.of("test.Runaway", RUNAWAY));
            HttpResponse<String> init = init(runaway, "test.Runaway", jar);
            assertEquals(200, init.statusCode(), init.body());

            Ran array = run(runaway, params("array"), 0);
            assertEquals(502, array.status());
            assertEquals("The action did not return a JSON object (it returned a JSON array);"
                    + " main must return a com.google.gson.JsonObject.", array.error());

            Ran spin = run(runaway, params("spin"), System.currentTimeMillis() + 300);
            assertEquals(502, spin.status());
            assertTrue(spin.error().endsWith("did not stop when interrupted; this container is unusable and must be replaced."),
                    spin.error());
            assertTrue(spin.logs().complete());

            Ran after = run(runaway, params("array"), 0);
            assertEquals(502, after.status());
            assertTrue(after.error().startsWith("This container is unusable and must be replaced"), after.error());
            assertTrue(runaway.isAlive(), "the proxy itself keeps answering");
        }
    }

    private static List<String> streamsAndTexts(Ran ran) {
        assertTrue(ran.logs().complete(), "the sentinel ends the activation on stdout and stderr: " + ran.logs());
        return ran.logs().lines().stream().map(l -> l.stream() + ": " + l.text()).sorted(Comparator.reverseOrder()).toList();
    }

    private static HttpResponse<String> init(ProxyProcess proxy, String main, byte[] jar) throws Exception {
        JsonObject value = new JsonObject();
        value.addProperty("name", "map");
        value.addProperty("main", main);
        value.addProperty("code", ActionJar.base64(jar));
        value.addProperty("binary", true);
        value.add("env", new JsonObject());
        JsonObject body = new JsonObject();
        body.add("value", value);
        return proxy.post("/init", body.toString(), Duration.ofSeconds(30));
    }

    /** One {@code /run} exchange and the log lines the activation left, up to its sentinels. */
    record Ran(HttpResponse<String> response, ProxyProcess.ActivationLogs logs) {
        int status() {
            return response.statusCode();
        }

        String error() {
            return JsonParser.parseString(response.body()).getAsJsonObject().get("error").getAsString();
        }
    }

    private static Ran run(ProxyProcess proxy, JsonObject params, long deadline) throws Exception {
        JsonObject body = new JsonObject();
        body.add("value", params);
        body.addProperty("namespace", "guest");
        body.addProperty("action_name", "/guest/wc/map");
        body.addProperty("activation_id", "act-1");
        body.addProperty("transaction_id", "tx-1");
        if (deadline > 0) {
            body.addProperty("deadline", Long.toString(deadline));
        }
        HttpResponse<String> response = proxy.post("/run", body.toString(), Duration.ofSeconds(30));
        return new Ran(response, proxy.activationLogs(Duration.ofSeconds(10)));
    }

    private static JsonObject params(String what) {
        JsonObject params = new JsonObject();
        params.addProperty("do", what);
        return params;
    }

}
