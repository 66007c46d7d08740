package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonObject;
import dev.marvel.bundle.Bundle;
import dev.marvel.runtime.driver.JobSummary;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.io.MiniHdfs;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import dev.marvel.runtime.run.HandWrittenWordCount;
import dev.marvel.runtime.task.Stores;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import dev.marvel.runtime.testkit.WordCountBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code driver} action running a whole job inside {@code marvelc serve}: the driver is an
 * activation in one child JVM and invokes the stage actions through the controller with the key
 * OpenWhisk handed it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverActionTest {
    private LocalWhisk whisk;
    private OpenWhiskClient client;
    private final StringWriter serverErrors = new StringWriter();

    @BeforeAll
    void start() throws IOException {
        whisk = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(3, 16),
                new PrintWriter(serverErrors, true));
        client = new OpenWhiskClient(whisk.wskProps());
    }

    @AfterAll
    void stop() {
        whisk.close();
        assertEquals("", serverErrors.toString());
    }

    @Test
    void theDriverActionRunsTheJobWithAReboundOutputAndReturnsItsSummary(@TempDir Path root) throws IOException {
        WordCountBundle wc = WordCountBundle.create(root, 3, 2);
        BundleDeployment.deploy(client, Bundle.load(wc.bundleDir), new BundleDeployment.Target("wc", "java:8",
                Optional.empty(), 3, Map.of("shuffle", wc.shuffle.toString(), "faults", wc.faults.toString()),
                Optional.empty()), whisk.apiHost());
        Path elsewhere = root.resolve("counts");
        JsonObject parameters = new JsonObject();
        parameters.addProperty("output", elsewhere.toString());
        JsonObject params = new JsonObject();
        params.add(DriverConfig.PARAMETERS, parameters);

        Activation driver = client.invokeBlocking("wc", "driver", params, Duration.ofMinutes(2));

        assertEquals(Activation.Status.SUCCESS, driver.status(), driver.result() + "\n" + driver.logs());
        JobSummary summary = JobSummaryJson.decode(driver.result());
        assertEquals("wordcount-" + driver.activationId(), summary.jobId());
        assertEquals(3, summary.stages().get(0).tasks());
        assertEquals(2, summary.stages().get(1).tasks());
        assertTrue(Files.exists(elsewhere.resolve("_SUCCESS")));
        assertTrue(Files.notExists(wc.output), "the compiled output path was rebound");
        Files.move(elsewhere, wc.output);
        assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
    }

    @Test
    void theDriverActionSplitsHdfsInputAndCommitsToHdfs(@TempDir Path root) throws IOException {
        Path input = Files.createDirectories(root.resolve("input"));
        Files.writeString(input.resolve("a.txt"), "Call me Ishmael. Some years ago, never mind how long\n".repeat(30));
        Files.writeString(input.resolve("b.txt"), "It was the best of times, it was the worst of times\n".repeat(20));
        try (MiniHdfs hdfs = MiniHdfs.start("DriverActionTest")) {
            FileSystem fs = hdfs.fileSystem();
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(input.toUri()), new org.apache.hadoop.fs.Path("/in"));
            String output = hdfs.uri() + "/out/wc";
            Path bundle = HandWrittenWordCount.bundle(root.resolve("bundle"), hdfs.uri() + "/in", output, 2);
            BundleDeployment.deploy(client, Bundle.load(bundle), new BundleDeployment.Target("wc-hdfs", "java:8",
                    Optional.empty(), 3, Map.of(Stores.SHUFFLE, "hdfs:" + hdfs.uri() + "/shuffle",
                    Stores.DEFAULT_FS, hdfs.uri()), Optional.empty()), whisk.apiHost());

            Activation driver = client.invokeBlocking("wc-hdfs", "driver", new JsonObject(), Duration.ofMinutes(2));

            assertEquals(Activation.Status.SUCCESS, driver.status(), driver.result() + "\n" + driver.logs());
            JobSummary summary = JobSummaryJson.decode(driver.result());
            assertTrue(summary.stages().get(0).tasks() > 2, "more splits than files: " + summary.stages());
            List<String> lines = new ArrayList<>();
            for (FileStatus part : fs.listStatus(new org.apache.hadoop.fs.Path(output))) {
                if (part.getPath().getName().startsWith("part-")) {
                    try (var in = fs.open(part.getPath())) {
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
                    }
                }
            }
            lines.sort(null);
            assertEquals(HandWrittenWordCount.expected(input), lines);
            assertTrue(fs.exists(new org.apache.hadoop.fs.Path(output, "_SUCCESS")));
            assertEquals(0, fs.listStatus(new org.apache.hadoop.fs.Path("/shuffle")).length,
                    "the job's shuffle data is deleted");
        }
    }

    @Test
    void aParameterThePlanLacksIsAnApplicationErrorThatSaysSo(@TempDir Path root) {
        WordCountBundle wc = WordCountBundle.create(root, 1, 2);
        BundleDeployment.deploy(client, Bundle.load(wc.bundleDir), new BundleDeployment.Target("wc-bad", "java:8",
                Optional.empty(), 3, Map.of(), Optional.empty()), whisk.apiHost());
        JsonObject parameters = new JsonObject();
        parameters.addProperty("limit", "10");
        JsonObject params = new JsonObject();
        params.add(DriverConfig.PARAMETERS, parameters);

        Activation driver = client.invokeBlocking("wc-bad", "driver", params, Duration.ofMinutes(1));

        assertEquals(Activation.Status.APPLICATION_ERROR, driver.status());
        assertEquals("pipeline wordcount has no parameter 'limit'; its parameters are input, output",
                driver.errorMessage());
    }
}
