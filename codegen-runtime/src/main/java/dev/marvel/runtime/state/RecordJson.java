package dev.marvel.runtime.state;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Job and task records as compact JSON strings with a fixed field order: readable in any Ignite
 * tool, comparable as plain strings (which compare-and-set needs), and free of Marvel classes on
 * the server. Gson 2.9 predates record support, hence the explicit mapping.
 */
final class RecordJson {
  private RecordJson() {}

  static String task(TaskRecord record) {
    JsonObject json = new JsonObject();
    json.addProperty("job", record.ref().jobId());
    json.addProperty("stage", record.ref().stage());
    json.addProperty("task", record.ref().task());
    json.addProperty("attempt", record.ref().attempt());
    json.addProperty("status", record.status().name());
    JsonObject counters = new JsonObject();
    record.counters().forEach(counters::addProperty);
    json.add("counters", counters);
    json.addProperty("error", record.error());
    json.addProperty("created", record.createdMillis());
    json.addProperty("updated", record.updatedMillis());
    if (!record.placement().isEmpty()) {
      JsonArray placement = new JsonArray();
      record.placement().forEach(placement::add);
      json.add("placement", placement);
    }
    return json.toString();
  }

  static TaskRecord task(String text) {
    JsonObject json = JsonParser.parseString(text).getAsJsonObject();
    SortedMap<String, Long> counters = new TreeMap<>();
    for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("counters").entrySet()) {
      counters.put(e.getKey(), e.getValue().getAsLong());
    }
    return new TaskRecord(
        new TaskAttemptRef(json.get("job").getAsString(), json.get("stage").getAsInt(),
            json.get("task").getAsInt(), json.get("attempt").getAsInt()),
        RunStatus.valueOf(json.get("status").getAsString()), counters, optionalString(json, "error"),
        json.get("created").getAsLong(), json.get("updated").getAsLong(), placement(json));
  }

  /** Records written before placement hints existed have none. */
  private static List<String> placement(JsonObject json) {
    List<String> hosts = new ArrayList<>();
    if (json.has("placement")) {
      json.getAsJsonArray("placement").forEach(host -> hosts.add(host.getAsString()));
    }
    return hosts;
  }

  static String job(JobRecord record) {
    JsonObject json = new JsonObject();
    json.addProperty("job", record.jobId());
    json.addProperty("status", record.status().name());
    JsonObject attributes = new JsonObject();
    record.attributes().forEach(attributes::addProperty);
    json.add("attributes", attributes);
    json.addProperty("error", record.error());
    json.addProperty("created", record.createdMillis());
    json.addProperty("updated", record.updatedMillis());
    return json.toString();
  }

  static JobRecord job(String text) {
    JsonObject json = JsonParser.parseString(text).getAsJsonObject();
    SortedMap<String, String> attributes = new TreeMap<>();
    for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("attributes").entrySet()) {
      attributes.put(e.getKey(), e.getValue().getAsString());
    }
    return new JobRecord(json.get("job").getAsString(),
        RunStatus.valueOf(json.get("status").getAsString()), attributes,
        optionalString(json, "error"), json.get("created").getAsLong(),
        json.get("updated").getAsLong());
  }

  private static String optionalString(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}
