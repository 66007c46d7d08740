package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.bundle.InvalidPlanException;
import dev.marvel.bundle.Plan;
import dev.marvel.runtime.driver.Driver;
import dev.marvel.runtime.driver.DriverOptions;
import dev.marvel.runtime.driver.JobFailedException;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.JobSummary;
import dev.marvel.runtime.driver.ProgressPrinter;
import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.WskProps;
import dev.marvel.runtime.openwhisk.deploy.DriverConfig;
import dev.marvel.runtime.openwhisk.deploy.JobSummaryJson;
import dev.marvel.runtime.openwhisk.deploy.OpenWhiskInvoker;
import dev.marvel.runtime.openwhisk.deploy.PlanRebinding;
import dev.marvel.runtime.run.SinkCommit;
import dev.marvel.runtime.run.SplitTaskPlanner;
import dev.marvel.runtime.run.StateRecorder;
import dev.marvel.runtime.state.IgniteJobStateStore;
import dev.marvel.runtime.task.Stores;
import dev.marvel.runtime.state.JobStateStore;
import dev.marvel.runtime.yarn.YarnCapacity;
import dev.marvel.runtime.yarn.YarnSettings;
import dev.marvel.runtime.yarn.YarnUnreachableException;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The {@code driver} action of a deployed bundle: runs the whole job inside OpenWhisk. It reads
 * the plan from its default parameters ({@link DriverConfig}), rebinds path parameters given at
 * invocation, cuts the inputs into splits (HDFS or local files), invokes the stage actions of its
 * package through the controller with the API key OpenWhisk hands it ({@code provide-api-key}),
 * commits the output, and returns the job summary. The job id is the pipeline name and this
 * activation's id, so whoever invoked the driver knows the job id at once and can find the
 * activation from it.
 *
 * <p>Failures return {@code {"error": …, "jobId": …}} (an application error), never throw.
 */
public final class DriverAction {
    private DriverAction() {}

    public static JsonObject main(JsonObject args) {
        ActivationContext context = ActivationContext.ofArgs(args);
        String jobId = "";
        try {
            DriverConfig config = DriverConfig.fromArgs(args);
            Plan plan = PlanRebinding.rebind(config.plan(), parameters(args));
            jobId = jobId(plan.pipeline(), context.activationId());
            String apiKey = context.apiKey().orElseThrow(() -> new IllegalArgumentException("OpenWhisk gave the driver"
                    + " no API key: the driver action needs the annotation provide-api-key=true; deploy it with"
                    + " `marvelc deploy`"));
            String apiHost = Optional.ofNullable(System.getenv("__OW_API_HOST")).filter(host -> !host.isBlank())
                    .orElse(config.apiHost());
            OpenWhiskClient client = new OpenWhiskClient(new WskProps(apiHost, apiKey, context.namespace()));
            boolean overwrite = args.has(DriverConfig.OVERWRITE) && args.get(DriverConfig.OVERWRITE).getAsBoolean();
            JobSummary summary = run(jobId, plan, config, client, overwrite);
            return JobSummaryJson.encode(summary);
        } catch (JobFailedException | InvalidPlanException | IllegalArgumentException | IllegalStateException e) {
            return failure(jobId, e.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace();
            return failure(jobId, "the driver failed unexpectedly; this is a bug in Marvel, please report it with"
                    + " the driver activation's logs: " + e);
        }
    }

    /** {@code <pipeline>-<activation id>}. */
    public static String jobId(String pipeline, String activationId) {
        if (activationId.isBlank()) {
            throw new IllegalArgumentException("the driver runs as an OpenWhisk action: it needs an activation id");
        }
        return pipeline + "-" + activationId;
    }

    private static JobSummary run(String jobId, Plan plan, DriverConfig config, OpenWhiskClient client,
                                  boolean overwrite) throws JobFailedException {
        // The driver's own activation takes one of the namespace's concurrent slots.
        int width = Math.max(1, config.maxConcurrent() - 1);
        Configuration conf = Stores.configuration(config.stores());
        // Before anything else starts: an unreachable ResourceManager fails the job at once.
        Optional<YarnCapacity> yarn = connectYarn(config, width, conf);
        Optional<IgniteConnection> ignite = config.stateStore().map(IgniteConnection::connect);
        SinkCommit sinks = new SinkCommit(conf, overwrite);
        try (OpenWhiskInvoker invoker = new OpenWhiskInvoker(client, config.packageName(), width)) {
            JobStateStore store = ignite.<JobStateStore>map(IgniteJobStateStore::new).orElse(null);
            JobStateListener state = store == null ? JobStateListener.NONE : new StateRecorder(store,
                    Map.of("package", config.packageName()));
            try {
                // Splits follow the file system's blocks, cut finer when the input is smaller than the stage's width.
                Driver.Builder driver = Driver.builder(invoker, new SplitTaskPlanner(conf, OptionalLong.empty(), width));
                yarn.ifPresent(driver::capacity);
                return driver
                        .commit(sinks)
                        .state(state)
                        .progress(ProgressPrinter.forStderr())
                        .options(DriverOptions.defaults().withMaxInFlight(width).withStores(config.stores()))
                        .build()
                        .run(jobId, plan);
            } catch (JobFailedException e) {
                // Cancelled activations run on; once they cannot write any more, remove what they wrote.
                invoker.awaitStarted();
                removeLeftovers(sinks, jobId);
                throw e;
            }
        } finally {
            deleteShuffleData(jobId, config);
            ignite.ifPresent(IgniteConnection::close);
            yarn.ifPresent(YarnCapacity::close);
        }
    }

    /**
     * With a {@code yarn} parameter, stages run as wide as YARN's free capacity allows, never wider than the
     * namespace's concurrency limit, and tasks carry their blocks' hosts as placement hints.
     */
    private static Optional<YarnCapacity> connectYarn(DriverConfig config, int width, Configuration conf) {
        if (config.yarn().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YarnCapacity.connect(YarnSettings.of(config.yarn().get()).withConcurrencyLimit(width),
                    conf));
        } catch (YarnUnreachableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void removeLeftovers(SinkCommit sinks, String jobId) {
        try {
            sinks.removeLeftovers(jobId);
        } catch (IOException e) {
            System.err.println("job " + jobId + " failed, and its partial output could not be removed: " + e);
        }
    }

    /** The job's shuffle data is dead once the job ended, committed or not. */
    private static void deleteShuffleData(String jobId, DriverConfig config) {
        String endpoint = config.stores().get(Stores.SHUFFLE);
        if (endpoint == null) {
            return;
        }
        try {
            Stores.shuffle(endpoint, Stores.configuration(config.stores())).deleteJob(jobId);
        } catch (RuntimeException e) {
            // The output is already committed or aborted; leftover shuffle data only costs space.
            System.err.println("could not delete the shuffle data of job " + jobId + " at " + endpoint + ": " + e);
        }
    }

    private static Map<String, String> parameters(JsonObject args) {
        Map<String, String> values = new TreeMap<>();
        JsonElement given = args.get(DriverConfig.PARAMETERS);
        if (given != null && given.isJsonObject()) {
            given.getAsJsonObject().entrySet().forEach(e -> values.put(e.getKey(), e.getValue().getAsString()));
        }
        return values;
    }

    private static JsonObject failure(String jobId, String message) {
        JsonObject result = new JsonObject();
        result.addProperty("error", message);
        if (!jobId.isEmpty()) {
            result.addProperty("jobId", jobId);
        }
        return result;
    }
}
