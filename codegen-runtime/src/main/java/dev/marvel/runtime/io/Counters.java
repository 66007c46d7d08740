package dev.marvel.runtime.io;

import com.google.gson.JsonObject;

/**
 * What a task did, as it reports to the driver: records and bytes in and out, and bad records
 * skipped (or met). Immutable; tasks combine their readers' and writers' counters with
 * {@link #plus}.
 */
public record Counters(long recordsIn, long bytesIn, long recordsOut, long bytesOut, long badRecords) {
  public static final Counters ZERO = new Counters(0, 0, 0, 0, 0);

  public static Counters input(long records, long bytes, long badRecords) {
    return new Counters(records, bytes, 0, 0, badRecords);
  }

  public static Counters output(long records, long bytes) {
    return new Counters(0, 0, records, bytes, 0);
  }

  public Counters plus(Counters other) {
    return new Counters(recordsIn + other.recordsIn, bytesIn + other.bytesIn,
        recordsOut + other.recordsOut, bytesOut + other.bytesOut, badRecords + other.badRecords);
  }

  /** The form a task result carries: {@code {"recordsIn":…,"bytesIn":…,…}}. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("recordsIn", recordsIn);
    json.addProperty("bytesIn", bytesIn);
    json.addProperty("recordsOut", recordsOut);
    json.addProperty("bytesOut", bytesOut);
    json.addProperty("badRecords", badRecords);
    return json;
  }

  /** Reads {@link #toJson()}'s form; missing fields count as 0. */
  public static Counters fromJson(JsonObject json) {
    return new Counters(get(json, "recordsIn"), get(json, "bytesIn"), get(json, "recordsOut"),
        get(json, "bytesOut"), get(json, "badRecords"));
  }

  private static long get(JsonObject json, String name) {
    return json.has(name) ? json.get(name).getAsLong() : 0;
  }
}
