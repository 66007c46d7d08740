package dev.marvel.runtime.openwhisk.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.marvel.runtime.openwhisk.JsonExchange.BadRequest;

import java.util.Optional;
import java.util.TreeMap;

/** The packages and actions of {@code marvelc serve}'s one namespace, in memory. */
final class EntityStore {

    /** A package: a folder of actions with default parameters. */
    record PackageEntity(String namespace, String name, JsonArray parameters, JsonArray annotations, int version) {
        JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("namespace", namespace);
            json.addProperty("name", name);
            json.addProperty("version", "0.0." + version);
            json.addProperty("publish", false);
            json.add("parameters", parameters);
            json.add("annotations", annotations);
            json.add("binding", new JsonObject());
            return json;
        }
    }

    private final String namespace;
    private final TreeMap<String, PackageEntity> packages = new TreeMap<>();
    /** Keyed by "pkg/name" ("name" alone in the default package). */
    private final TreeMap<String, ActionEntity> actions = new TreeMap<>();

    EntityStore(String namespace) {
        this.namespace = namespace;
    }

    synchronized PackageEntity putPackage(String name, JsonObject body, boolean overwrite) throws BadRequest {
        PackageEntity existing = packages.get(name);
        if (existing != null && !overwrite) {
            throw new BadRequest(409, "resource already exists");
        }
        PackageEntity entity = new PackageEntity(namespace, name, ActionEntity.keyValues(body, "parameters"),
                ActionEntity.keyValues(body, "annotations"), existing == null ? 1 : existing.version() + 1);
        packages.put(name, entity);
        return entity;
    }

    synchronized Optional<PackageEntity> getPackage(String name) {
        return Optional.ofNullable(packages.get(name));
    }

    synchronized Optional<PackageEntity> deletePackage(String name) throws BadRequest {
        String prefix = name + "/";
        long inside = actions.keySet().stream().filter(key -> key.startsWith(prefix)).count();
        if (inside > 0) {
            throw new BadRequest(409, "Package not empty (contains " + inside + " entities). Delete its actions first.");
        }
        return Optional.ofNullable(packages.remove(name));
    }

    synchronized ActionEntity putAction(String packageName, String name, JsonObject body, boolean overwrite)
            throws BadRequest {
        if (!packageName.isEmpty() && !packages.containsKey(packageName)) {
            throw new BadRequest(404, "The package '" + packageName + "' does not exist: create it first.");
        }
        String key = key(packageName, name);
        ActionEntity existing = actions.get(key);
        if (existing != null && !overwrite) {
            throw new BadRequest(409, "resource already exists");
        }
        ActionEntity entity = ActionEntity.fromPut(namespace, packageName, name, body,
                existing == null ? 1 : existing.version() + 1);
        actions.put(key, entity);
        return entity;
    }

    synchronized Optional<ActionEntity> getAction(String packageName, String name) {
        return Optional.ofNullable(actions.get(key(packageName, name)));
    }

    synchronized Optional<ActionEntity> deleteAction(String packageName, String name) {
        return Optional.ofNullable(actions.remove(key(packageName, name)));
    }

    /** The parameters an invocation starts from: the package's, overridden by the action's. */
    synchronized JsonObject defaultParameters(ActionEntity action) {
        JsonObject params = new JsonObject();
        PackageEntity owner = packages.get(action.packageName());
        if (owner != null) {
            owner.parameters().forEach(p -> params.add(p.getAsJsonObject().get("key").getAsString(), p.getAsJsonObject().get("value")));
        }
        action.parameters().forEach(p -> params.add(p.getAsJsonObject().get("key").getAsString(), p.getAsJsonObject().get("value")));
        return params;
    }

    private static String key(String packageName, String name) {
        return packageName.isEmpty() ? name : packageName + "/" + name;
    }
}
