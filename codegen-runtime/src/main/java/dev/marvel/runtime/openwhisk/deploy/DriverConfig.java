package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.PlanReader;
import dev.marvel.bundle.PlanWriter;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the {@code driver} action of a deployed bundle needs, kept as its default parameters:
 * the plan itself (small; embedding it means a deployment is self-contained), the package of the
 * stage actions, the API host to call them on, the store endpoints handed to every task, the
 * concurrency limit, and where job state goes.
 *
 * @param apiHost      the controller the stage actions are invoked on; inside OpenWhisk the
 *                     container's {@code __OW_API_HOST} takes precedence
 * @param stores       store endpoints passed to every task ({@code shuffle} → {@code ignite:host:port}, …)
 * @param stateStore   thin-client address of the Ignite cluster that keeps job and task state, if any
 * @param yarn         the YARN ResourceManager ({@code HOST:PORT}) that sizes stages and places tasks, if any
 */
public record DriverConfig(Plan plan, String packageName, String apiHost, SortedMap<String, String> stores,
                           int maxConcurrent, Optional<String> stateStore, Optional<String> yarn) {
    public static final String PLAN = "plan";
    public static final String PACKAGE = "package";
    public static final String API_HOST = "apiHost";
    public static final String STORES = "stores";
    public static final String MAX_CONCURRENT = "maxConcurrent";
    public static final String STATE_STORE = "stateStore";
    public static final String YARN = "yarn";
    /** Invocation parameter: new values for the plan's path parameters ({@link PlanRebinding}). */
    public static final String PARAMETERS = "parameters";
    /** Invocation parameter: replace existing sink outputs instead of refusing to run. */
    public static final String OVERWRITE = "overwrite";

    public DriverConfig {
        stores = new TreeMap<>(stores);
    }

    /** A driver that sizes stages by {@code maxConcurrent} alone. */
    public DriverConfig(Plan plan, String packageName, String apiHost, SortedMap<String, String> stores,
                        int maxConcurrent, Optional<String> stateStore) {
        this(plan, packageName, apiHost, stores, maxConcurrent, stateStore, Optional.empty());
    }

    /** The driver action's default parameters. */
    public Map<String, JsonElement> toParameters() {
        Map<String, JsonElement> parameters = new TreeMap<>();
        parameters.put(PLAN, JsonParser.parseString(PlanWriter.write(plan)));
        parameters.put(PACKAGE, new JsonPrimitive(packageName));
        parameters.put(API_HOST, new JsonPrimitive(apiHost));
        JsonObject storeObject = new JsonObject();
        stores.forEach(storeObject::addProperty);
        parameters.put(STORES, storeObject);
        parameters.put(MAX_CONCURRENT, new JsonPrimitive(maxConcurrent));
        stateStore.ifPresent(address -> parameters.put(STATE_STORE, new JsonPrimitive(address)));
        yarn.ifPresent(address -> parameters.put(YARN, new JsonPrimitive(address)));
        return parameters;
    }

    /**
     * Reads the configuration back from the driver action's {@code args}.
     *
     * @throws IllegalArgumentException when a parameter is missing or malformed
     */
    public static DriverConfig fromArgs(JsonObject args) {
        if (!args.has(PLAN) || !args.get(PLAN).isJsonObject()) {
            throw new IllegalArgumentException("the driver has no '" + PLAN + "' parameter; deploy the bundle with"
                    + " `marvelc deploy`, which sets it");
        }
        Plan plan = PlanReader.read(args.get(PLAN).toString(), "the driver's plan parameter");
        SortedMap<String, String> stores = new TreeMap<>();
        if (args.has(STORES) && args.get(STORES).isJsonObject()) {
            args.getAsJsonObject(STORES).entrySet().forEach(e -> stores.put(e.getKey(), e.getValue().getAsString()));
        }
        return new DriverConfig(plan,
                string(args, PACKAGE).orElse(plan.pipeline()),
                string(args, API_HOST).orElse(""),
                stores,
                args.has(MAX_CONCURRENT) ? args.get(MAX_CONCURRENT).getAsInt() : OpenWhiskInvoker.DEFAULT_MAX_CONCURRENT,
                string(args, STATE_STORE).filter(address -> !address.isBlank()),
                string(args, YARN).filter(address -> !address.isBlank()));
    }

    private static Optional<String> string(JsonObject args, String key) {
        JsonElement value = args.get(key);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }
}
