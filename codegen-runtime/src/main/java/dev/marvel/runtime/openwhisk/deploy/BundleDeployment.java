package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.openwhisk.client.ActionSpec;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * A bundle as OpenWhisk entities: one package, one action per stage (its jar, main class and
 * limits from {@code plan.json}) and the {@code driver} action that runs the plan. Deploying is
 * idempotent — everything is created or overwritten, and actions an earlier deployment of the
 * package had but this bundle lacks are deleted — so deploying twice leaves the same entities.
 * The package's {@value #ACTIONS_ANNOTATION} annotation lists its actions, so it can be
 * undeployed by name alone.
 */
public final class BundleDeployment {
    public static final String DRIVER_ACTION = "driver";
    public static final String DRIVER_MAIN = "dev.marvel.runtime.openwhisk.DriverAction";
    public static final String ACTIONS_ANNOTATION = "marvel-actions";
    /** The image the stage actions run on unless {@code --image} says otherwise. */
    public static final String DEFAULT_IMAGE = "marvel/runtime:0.1.0";
    /** OpenWhisk's cap on an action's base64 code. */
    static final long MAX_CODE_CHARS = 48L * 1024 * 1024;
    /** The driver waits for the whole job: OpenWhisk's longest timeout (as the bundle's manifest.yaml says). */
    private static final long DRIVER_TIMEOUT_MILLIS = 300_000;
    private static final int DRIVER_MEMORY_MB = 256;
    /** 1980-01-01, the earliest zip time: entry times must not depend on when deploy ran. */
    private static final long FIXED_ENTRY_TIME = 315_532_800_000L;

    /**
     * Where and how to deploy.
     *
     * @param kind  {@code blackbox} (with {@code image}: the Marvel runtime image) or a runtime kind
     *              such as {@code java:8}, as in the bundle's manifest.yaml
     * @param yarn  the YARN ResourceManager ({@code HOST:PORT}) the driver asks for stage widths, if any
     */
    public record Target(String packageName, String kind, Optional<String> image, int maxConcurrent,
                         Map<String, String> stores, Optional<String> stateStore, Optional<String> yarn) {
        public Target {
            stores = new TreeMap<>(stores);
        }

        /** A deployment whose driver sizes stages by {@code maxConcurrent} alone, without YARN. */
        public Target(String packageName, String kind, Optional<String> image, int maxConcurrent,
                      Map<String, String> stores, Optional<String> stateStore) {
            this(packageName, kind, image, maxConcurrent, stores, stateStore, Optional.empty());
        }
    }

    private BundleDeployment() {}

    /** The actions of {@code bundle}, stages in plan order and then the driver. */
    public static List<ActionSpec> actions(Bundle bundle, Target target, String apiHost) {
        List<ActionSpec> actions = new ArrayList<>();
        for (Stage stage : bundle.plan().stages()) {
            Map<String, JsonElement> annotations = new TreeMap<>();
            annotations.put("marvel-stage", new JsonPrimitive(stage.id()));
            annotations.put("marvel-operators", new JsonPrimitive(stage.operators()));
            actions.add(spec(target, stage.action(), stage.mainClass(), read(bundle.actionJar(stage)))
                    .withLimits(stage.limits().timeoutMs(), stage.limits().memoryMb())
                    .withAnnotations(annotations));
        }
        DriverConfig config = new DriverConfig(bundle.plan(), target.packageName(), apiHost,
                new TreeMap<>(target.stores()), target.maxConcurrent(), target.stateStore(), target.yarn());
        Map<String, JsonElement> annotations = new TreeMap<>();
        // The driver invokes the stage actions with the key OpenWhisk hands it.
        annotations.put("provide-api-key", new JsonPrimitive(true));
        annotations.put("description", new JsonPrimitive("Marvel driver of pipeline " + bundle.plan().pipeline()));
        actions.add(spec(target, DRIVER_ACTION, DRIVER_MAIN, driverJar(bundle))
                .withLimits(DRIVER_TIMEOUT_MILLIS, DRIVER_MEMORY_MB)
                .withAnnotations(annotations)
                .withParameters(config.toParameters()));
        return actions;
    }

    /**
     * Creates or updates the package and its actions; returns the action names.
     *
     * @throws OpenWhiskException with {@link OpenWhiskException.Reason#TOO_LARGE} naming the action and
     *                            its size when a jar is over OpenWhisk's limit, or as the client reports
     */
    public static List<String> deploy(OpenWhiskClient client, Bundle bundle, Target target, String apiHost) {
        List<ActionSpec> actions = actions(bundle, target, apiHost);
        actions.forEach(BundleDeployment::requireWithinCodeLimit);
        TreeSet<String> names = new TreeSet<>();
        actions.forEach(action -> names.add(action.name()));
        List<String> stale = new ArrayList<>(deployedActions(client, target.packageName()));
        stale.removeAll(names);

        Map<String, JsonElement> annotations = new TreeMap<>();
        JsonArray list = new JsonArray();
        names.forEach(list::add);
        annotations.put(ACTIONS_ANNOTATION, list);
        annotations.put("marvel-pipeline", new JsonPrimitive(bundle.plan().pipeline()));
        client.putPackage(target.packageName(), Map.of(), annotations, true);
        for (ActionSpec action : actions) {
            try {
                client.putAction(action, true);
            } catch (OpenWhiskException e) {
                if (e.reason() != OpenWhiskException.Reason.TOO_LARGE) {
                    throw e;
                }
                throw tooLarge(action, e.status());
            }
        }
        for (String name : stale) {
            client.deleteAction(target.packageName(), name);
        }
        return List.copyOf(names);
    }

    /**
     * Deletes the package's actions and then the package; returns the deleted action names, or
     * empty when there was no such package.
     */
    public static Optional<List<String>> undeploy(OpenWhiskClient client, String packageName) {
        if (client.getPackage(packageName).isEmpty()) {
            return Optional.empty();
        }
        List<String> deleted = new ArrayList<>();
        for (String name : deployedActions(client, packageName)) {
            if (client.deleteAction(packageName, name)) {
                deleted.add(name);
            }
        }
        client.deletePackage(packageName);
        return Optional.of(deleted);
    }

    /** The actions a package lists: Marvel's annotation, and OpenWhisk's own {@code actions} list where it gives one. */
    static List<String> deployedActions(OpenWhiskClient client, String packageName) {
        Optional<JsonObject> pkg = client.getPackage(packageName);
        TreeSet<String> names = new TreeSet<>();
        if (pkg.isEmpty()) {
            return List.of();
        }
        JsonElement annotations = pkg.get().get("annotations");
        if (annotations != null && annotations.isJsonArray()) {
            for (JsonElement pair : annotations.getAsJsonArray()) {
                JsonObject annotation = pair.getAsJsonObject();
                if (annotation.get("key").getAsString().equals(ACTIONS_ANNOTATION)
                        && annotation.get("value").isJsonArray()) {
                    annotation.getAsJsonArray("value").forEach(name -> names.add(name.getAsString()));
                }
            }
        }
        JsonElement listed = pkg.get().get("actions");
        if (listed != null && listed.isJsonArray()) {
            listed.getAsJsonArray().forEach(action -> names.add(action.getAsJsonObject().get("name").getAsString()));
        }
        return List.copyOf(names);
    }

    private static ActionSpec spec(Target target, String name, String main, byte[] jar) {
        Optional<String> image = target.kind().equals(ActionSpec.BLACKBOX)
                ? Optional.of(target.image().orElse(DEFAULT_IMAGE)) : target.image();
        return new ActionSpec(target.packageName(), name, target.kind(), image, main, jar, 60_000, 256, 10,
                Map.of(), Map.of());
    }

    private static void requireWithinCodeLimit(ActionSpec action) {
        if (base64Chars(action.jar().length) > MAX_CODE_CHARS) {
            throw tooLarge(action, 0);
        }
    }

    private static OpenWhiskException tooLarge(ActionSpec action, int status) {
        int jar = action.jar().length;
        return new OpenWhiskException(OpenWhiskException.Reason.TOO_LARGE, status, "action '" + action.packageName()
                + "/" + action.name() + "' is too large for OpenWhisk" + (status == 413 ? " (413)" : "") + ": its jar is "
                + megabytes(jar) + ", " + megabytes(base64Chars(jar)) + " as base64, over the limit of "
                + megabytes(MAX_CODE_CHARS) + " of base64 code (about 36 MB of jar). Action jars must hold only the"
                + " generated classes; the Marvel runtime image carries the libraries.");
    }

    private static long base64Chars(long bytes) {
        return 4 * ((bytes + 2) / 3);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * The driver's code is in the runtime image; OpenWhisk still wants code for a jar action, so the
     * bundle's {@code actions/driver.jar} if there is one, else an empty jar (fixed bytes).
     */
    private static byte[] driverJar(Bundle bundle) {
        Path own = bundle.dir().resolve("actions").resolve(DRIVER_ACTION + ".jar");
        if (Files.isRegularFile(own)) {
            return read(own);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(JarFile.MANIFEST_NAME);
            entry.setTime(FIXED_ENTRY_TIME);
            jar.putNextEntry(entry);
            manifest.write(jar);
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read action jar " + jar + ": " + e.getMessage(), e);
        }
    }
}
