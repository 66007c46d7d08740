package dev.marvel.runtime.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte range of one input file, the unit of work of a reading task: lines that <em>start</em>
 * in {@code (start, start + length]} (or at 0 for the first split) belong to it, as in Hadoop.
 *
 * @param path fully qualified file URI ({@code file:/…} or {@code hdfs://…})
 * @param start first byte of the range
 * @param length bytes in the range, &gt; 0
 * @param hosts hosts holding the block where the range starts, sorted, for placement hints
 */
public record InputSplit(String path, long start, long length, List<String> hosts) {
  public InputSplit {
    if (start < 0 || length <= 0) {
      throw new IllegalArgumentException("bad split of " + path + ": start " + start + ", length " + length);
    }
    hosts = List.copyOf(hosts);
  }

  /** The first byte after the range. */
  public long end() {
    return start + length;
  }

  /** The task payload form: {@code {"path":…,"start":…,"length":…,"hosts":[…]}}. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("path", path);
    json.addProperty("start", start);
    json.addProperty("length", length);
    JsonArray hostArray = new JsonArray();
    hosts.forEach(hostArray::add);
    json.add("hosts", hostArray);
    return json;
  }

  public static InputSplit fromJson(JsonObject json) {
    List<String> hosts = new ArrayList<>();
    if (json.has("hosts")) {
      for (JsonElement host : json.getAsJsonArray("hosts")) {
        hosts.add(host.getAsString());
      }
    }
    return new InputSplit(json.get("path").getAsString(), json.get("start").getAsLong(),
        json.get("length").getAsLong(), hosts);
  }

  @Override
  public String toString() {
    return path + ":" + start + "+" + length;
  }
}
