package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.bundle.Bundle;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import dev.marvel.runtime.testkit.WordCountBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BundleDeployment} against {@code marvelc serve}: what it creates, read back over the REST API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleDeploymentTest {
    private LocalWhisk whisk;
    private OpenWhiskClient client;
    private final StringWriter serverErrors = new StringWriter();

    @BeforeAll
    void start() throws IOException {
        whisk = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0), new PrintWriter(serverErrors, true));
        client = new OpenWhiskClient(whisk.wskProps());
    }

    @AfterAll
    void stop() {
        whisk.close();
        assertEquals("", serverErrors.toString());
    }

    private static BundleDeployment.Target target(String packageName) {
        return new BundleDeployment.Target(packageName, "blackbox", Optional.empty(), 30,
                Map.of("shuffle", "ignite:10.0.0.5:10800"), Optional.of("10.0.0.5:10800"),
                Optional.of("rm1:8032"));
    }

    @Test
    void deployCreatesThePackageAStageActionEachAndTheDriverIdempotently(@TempDir Path root) {
        Bundle bundle = Bundle.load(WordCountBundle.create(root, 1, 2).bundleDir);

        List<String> first = BundleDeployment.deploy(client, bundle, target("wc"), whisk.apiHost());
        List<String> second = BundleDeployment.deploy(client, bundle, target("wc"), whisk.apiHost());

        assertEquals(List.of("driver", "wordcount-s1", "wordcount-s2"), first);
        assertEquals(first, second);
        assertEquals(first, BundleDeployment.deployedActions(client, "wc"));
        JsonObject s1 = client.getAction("wc", "wordcount-s1").orElseThrow();
        assertEquals("0.0.2", s1.get("version").getAsString(), "the second deploy overwrote the first");
        assertEquals("blackbox", s1.getAsJsonObject("exec").get("kind").getAsString());
        assertEquals(BundleDeployment.DEFAULT_IMAGE, s1.getAsJsonObject("exec").get("image").getAsString());
        assertEquals("test.actions.WordSplit", s1.getAsJsonObject("exec").get("main").getAsString());
        assertEquals(30_000, s1.getAsJsonObject("limits").get("timeout").getAsLong());
        assertEquals(256, s1.getAsJsonObject("limits").get("memory").getAsInt());
        assertEquals("s1", keyValues(s1, "annotations").get("marvel-stage").getAsString());

        JsonObject driver = client.getAction("wc", "driver").orElseThrow();
        assertEquals(BundleDeployment.DRIVER_MAIN, driver.getAsJsonObject("exec").get("main").getAsString());
        assertTrue(keyValues(driver, "annotations").get("provide-api-key").getAsBoolean());
        Map<String, JsonElement> parameters = keyValues(driver, "parameters");
        DriverConfig config = DriverConfig.fromArgs(asObject(parameters));
        assertEquals(bundle.plan(), config.plan(), "the plan travels whole");
        assertEquals("wc", config.packageName());
        assertEquals(whisk.apiHost(), config.apiHost());
        assertEquals(Map.of("shuffle", "ignite:10.0.0.5:10800"), config.stores());
        assertEquals(Optional.of("10.0.0.5:10800"), config.stateStore());
        assertEquals(Optional.of("rm1:8032"), config.yarn(), "the driver asks this ResourceManager for widths");
    }

    @Test
    void undeployRemovesEverythingDeployCreated(@TempDir Path root) {
        Bundle bundle = Bundle.load(WordCountBundle.create(root, 1, 2).bundleDir);
        BundleDeployment.deploy(client, bundle, target("gone"), whisk.apiHost());

        assertEquals(Optional.of(List.of("driver", "wordcount-s1", "wordcount-s2")),
                BundleDeployment.undeploy(client, "gone"));

        assertEquals(Optional.empty(), client.getPackage("gone"));
        assertEquals(Optional.empty(), client.getAction("gone", "wordcount-s1"));
        assertEquals(Optional.empty(), client.getAction("gone", "driver"));
        assertEquals(Optional.empty(), BundleDeployment.undeploy(client, "gone"), "nothing left to undeploy");
    }

    @Test
    void aJarOverTheCodeLimitIsRefusedNamingTheActionAndItsSize(@TempDir Path root) throws IOException {
        WordCountBundle wc = WordCountBundle.create(root, 1, 2);
        Files.write(wc.bundleDir.resolve("actions/s2.jar"), new byte[37 * 1024 * 1024]);

        OpenWhiskException e = assertThrows(OpenWhiskException.class, () -> BundleDeployment.deploy(client,
                Bundle.load(wc.bundleDir), target("big"), whisk.apiHost()));

        assertEquals(OpenWhiskException.Reason.TOO_LARGE, e.reason());
        assertEquals("action 'big/wordcount-s2' is too large for OpenWhisk: its jar is 37.0 MB, 49.3 MB as base64,"
                + " over the limit of 48.0 MB of base64 code (about 36 MB of jar). Action jars must hold only the"
                + " generated classes; the Marvel runtime image carries the libraries.", e.getMessage());
        assertEquals(Optional.empty(), client.getPackage("big"), "nothing was deployed");
    }

    private static Map<String, JsonElement> keyValues(JsonObject entity, String field) {
        Map<String, JsonElement> values = new TreeMap<>();
        entity.getAsJsonArray(field).forEach(pair -> values.put(pair.getAsJsonObject().get("key").getAsString(),
                pair.getAsJsonObject().get("value")));
        return values;
    }

    private static JsonObject asObject(Map<String, JsonElement> values) {
        JsonObject object = new JsonObject();
        values.forEach(object::add);
        return object;
    }
}
