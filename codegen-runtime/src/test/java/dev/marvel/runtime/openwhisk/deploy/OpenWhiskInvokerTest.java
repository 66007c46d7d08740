package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.driver.Driver;
import dev.marvel.runtime.driver.JobFailedException;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.JobSummary;
import dev.marvel.runtime.driver.RetryPolicy;
import dev.marvel.runtime.driver.TaskInvoker;
import dev.marvel.runtime.driver.TaskState;
import dev.marvel.runtime.invoke.LocalInvoker;
import dev.marvel.runtime.openwhisk.client.Backoff;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import dev.marvel.runtime.testkit.FileSplitPlanner;
import dev.marvel.runtime.testkit.LocalDirCommit;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver running a two-stage WordCount through {@link OpenWhiskInvoker} against {@code marvelc
 * serve} over real HTTP: every task is an activation in an action-proxy child JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenWhiskInvokerTest {
    private LocalWhisk whisk;
    private OpenWhiskClient client;
    private final StringWriter serverErrors = new StringWriter();

    @BeforeAll
    void start() throws IOException {
        whisk = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(2, 16),
                new PrintWriter(serverErrors, true));
        client = new OpenWhiskClient(whisk.wskProps());
    }

    @AfterAll
    void stop() {
        whisk.close();
        assertEquals("", serverErrors.toString(), "marvelc serve logged no internal errors");
    }

    private static final class States implements JobStateListener {
        final List<String> changes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void taskChanged(TaskState state) {
            changes.add(state.attempt().stageId() + "/" + state.attempt().task() + "#" + state.attempt().attempt()
                    + " " + state.status() + state.error().map(e -> ": " + e.message()).orElse(""));
        }
    }

    private JobSummary run(WordCountBundle wc, TaskInvoker invoker, JobStateListener states)
            throws JobFailedException {
        return Driver.builder(invoker, new FileSplitPlanner()).commit(new LocalDirCommit()).state(states)
                .options(wc.options(2)).build().run("wc-1", wc.plan);
    }

    private OpenWhiskInvoker deployed(WordCountBundle wc, String packageName) {
        BundleDeployment.deploy(client, Bundle.load(wc.bundleDir), new BundleDeployment.Target(packageName,
                "java:8", Optional.empty(), 2, Map.of(), Optional.empty()), whisk.apiHost());
        return new OpenWhiskInvoker(client, packageName, 2);
    }

    @Test
    void aJobThroughOpenWhiskWritesWhatTheLocalInvokerWrites(@TempDir Path root) throws Exception {
        WordCountBundle onWhisk = WordCountBundle.create(root.resolve("whisk"), 3, 2);
        WordCountBundle inProcess = WordCountBundle.create(root.resolve("local"), 3, 2);

        JobSummary summary;
        try (OpenWhiskInvoker invoker = deployed(onWhisk, "wc-same")) {
            summary = run(onWhisk, invoker, JobStateListener.NONE);
        }
        try (LocalInvoker local = new LocalInvoker(inProcess.bundleDir, 2)) {
            run(inProcess, local, JobStateListener.NONE);
        }

        assertEquals(inProcess.outputLines(), onWhisk.outputLines());
        assertEquals(WordCountBundle.asLines(onWhisk.expectedCounts()), onWhisk.outputLines());
        assertEquals(3, summary.stages().get(0).tasks());
        assertEquals(2, summary.stages().get(1).tasks());
    }

    @Test
    void aContainerKilledMidTaskIsRetriedAndTheOutputIsStillRight(@TempDir Path root) throws Exception {
        WordCountBundle wc = WordCountBundle.create(root, 2, 2);
        wc.inject("stall-once", "s1", 1);
        States states = new States();
        JobSummary summary;
        try (OpenWhiskInvoker invoker = deployed(wc, "wc-kill")) {
            CompletableFuture<JobSummary> job = CompletableFuture.supplyAsync(() -> {
                try {
                    return run(wc, invoker, states);
                } catch (JobFailedException e) {
                    throw new IllegalStateException(e);
                }
            });
            long container = Long.parseLong(awaitFile(wc.faults.resolve("stalled-s1-1"), Duration.ofSeconds(60)));
            assertTrue(ProcessHandle.of(container).orElseThrow().destroyForcibly(), "killed container " + container);
            summary = job.get();
        }

        assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
        assertEquals(3, summary.stages().get(0).attempts(), "task 1 of s1 ran twice");
        String failed = states.changes.stream().filter(c -> c.startsWith("s1/1#0 FAILED")).findFirst().orElseThrow();
        assertTrue(failed.matches("s1/1#0 FAILED: action wc-kill/wordcount-s1 failed in activation [0-9a-f]{32}:"
                + " The action did not produce a valid response and exited unexpectedly.*"), failed);
    }

    @Test
    void anActionsOwnErrorFailsTheJobNamingTheActivation(@TempDir Path root) throws Exception {
        WordCountBundle wc = WordCountBundle.create(root, 2, 2);
        wc.inject("fail-always", "s1", 0);
        try (OpenWhiskInvoker invoker = deployed(wc, "wc-fail")) {
            JobFailedException e = assertThrows(JobFailedException.class,
                    () -> run(wc, invoker, JobStateListener.NONE));

            assertTrue(e.getMessage().matches("(?s)stage s1, task 0 failed: cannot cast 'abc' to int"
                    + " \\(activation [0-9a-f]{32}\\)\n  --> wordcount.mvl:4:18\n.*"), e.getMessage());
        }
        assertTrue(Files.notExists(wc.output), "no output after a failed job");
    }

    @Test
    void itNeverRunsMoreActivationsThanTheNamespaceAllowsSoItIsNeverThrottled(@TempDir Path root) throws Exception {
        WordCountBundle wc = WordCountBundle.create(root, 4, 2);
        // Two containers and no queue: a third concurrent activation would get 429, and this
        // client gives up on the first 429, failing the job (one attempt per task).
        try (LocalWhisk strict = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(2, 0),
                new PrintWriter(serverErrors, true))) {
            OpenWhiskClient impatient = new OpenWhiskClient(strict.wskProps(), Backoff.throttled(), 0);
            BundleDeployment.deploy(impatient, Bundle.load(wc.bundleDir), new BundleDeployment.Target("wc-strict",
                    "java:8", Optional.empty(), 2, Map.of(), Optional.empty()), strict.apiHost());
            try (OpenWhiskInvoker invoker = new OpenWhiskInvoker(impatient, "wc-strict", 2)) {
                Driver.builder(invoker, new FileSplitPlanner()).commit(new LocalDirCommit())
                        .options(wc.options(4).withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)))
                        .build().run("wc-1", wc.plan);
            }
        }
        assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());
    }

    @Test
    void aCancelledAttemptGivesItsSlotBack(@TempDir Path root) throws Exception {
        WordCountBundle wc = WordCountBundle.create(root, 2, 2);
        wc.inject("hang", "s1", 0);
        // Its own controller: closing it ends the container the hung activation holds.
        try (LocalWhisk own = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(2, 0),
                new PrintWriter(serverErrors, true))) {
            OpenWhiskClient ownClient = new OpenWhiskClient(own.wskProps());
            BundleDeployment.deploy(ownClient, Bundle.load(wc.bundleDir), new BundleDeployment.Target("wc-cancel",
                    "java:8", Optional.empty(), 2, Map.of(), Optional.empty()), own.apiHost());
            try (OpenWhiskInvoker invoker = new OpenWhiskInvoker(ownClient, "wc-cancel", 1)) {
                Stage s1 = wc.plan.stages().get(0);
                CompletableFuture<TaskResult> hung = invoker.invoke(s1, payload(wc, 0));
                assertTrue(hung.cancel(true));

                TaskResult next = invoker.invoke(s1, payload(wc, 1)).get(60, TimeUnit.SECONDS);

                assertTrue(next.succeeded(), next.toString());
            }
        }
    }

    @Test
    void afterACancelItWaitsUntilTheActivationCanNoLongerRun(@TempDir Path root) throws Exception {
        WordCountBundle wc = WordCountBundle.create(root, 2, 2);
        wc.inject("stall-once", "s1", 0);
        Stage s1 = wc.plan.stages().get(0);
        // A short time limit, so the platform ends the hung activation quickly.
        Stage quick = new Stage(s1.id(), s1.action(), s1.jar(), s1.mainClass(), s1.operators(), s1.inputs(),
                s1.outputs(), s1.parallelism(), new Limits(2_000, 256), s1.spans());
        Bundle.writePlan(wc.bundleDir, new Plan(wc.plan.formatVersion(), wc.plan.pipeline(), wc.plan.parameters(),
                List.of(quick, wc.plan.stages().get(1)), wc.plan.sinks()));
        // One container, no queue, no patience: a second activation is refused while the first runs.
        try (LocalWhisk own = LocalWhisk.start(LocalWhisk.Options.defaults().withPort(0).withPool(1, 0),
                new PrintWriter(serverErrors, true))) {
            OpenWhiskClient impatient = new OpenWhiskClient(own.wskProps(), Backoff.throttled(), 0);
            BundleDeployment.deploy(impatient, Bundle.load(wc.bundleDir), new BundleDeployment.Target("wc-late",
                    "java:8", Optional.empty(), 2, Map.of(), Optional.empty()), own.apiHost());
            try (OpenWhiskInvoker invoker = new OpenWhiskInvoker(impatient, "wc-late", 2)) {
                CompletableFuture<TaskResult> hung = invoker.invoke(quick, payload(wc, 0, 2_000));
                awaitFile(wc.faults.resolve("stalled-s1-0"), Duration.ofSeconds(60));
                assertTrue(hung.cancel(true));

                invoker.awaitStarted();

                TaskResult next = invoker.invoke(quick, payload(wc, 1, 60_000)).get(60, TimeUnit.SECONDS);
                assertTrue(next.succeeded(), "the only container was free again: " + next);
            }
        }
    }

    private static TaskPayload payload(WordCountBundle wc, int task) {
        return payload(wc, task, 60_000);
    }

    /** Attempt 0 of map task {@code task}: one input file, with a deadline {@code millis} away. */
    private static TaskPayload payload(WordCountBundle wc, int task, long millis) {
        Path file = wc.input.resolve(String.format("part-%02d.txt", task));
        return new TaskPayload("wc-1", "s1", task, 0,
                List.of(new TaskInput.Split(file.toString(), 0, file.toFile().length())),
                List.of(new TaskOutput.Shuffle(2, true)), new TreeMap<>(wc.options(1).stores()),
                BadRecordPolicy.FAIL, System.currentTimeMillis() + millis);
    }

    /** Polls for a file another process writes; its content, once it exists. */
    private static String awaitFile(Path file, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (Files.notExists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear within " + limit);
            }
            Thread.sleep(20);
        }
        return Files.readString(file).trim();
    }
}
