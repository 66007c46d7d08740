package dev.marvel.bundle;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@link TaskPayload} (an action's {@code args}) and {@link TaskResult} (what the
 * action returns). A failed result is {@code {"error": {...}}} as OpenWhisk expects; a bare
 * {@code {"error": "text"}} from the platform reads as a system error. Both directions enforce
 * OpenWhisk's 1 MB limit on parameters and results.
 */
public final class TaskJson {

  /** OpenWhisk's default limit on an action's parameters and on its result (1 MiB). */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final Gson GSON = new Gson();

  private TaskJson() {}

  public static JsonObject encode(TaskPayload p) {
    JsonObject o = new JsonObject();
    o.addProperty("jobId", p.jobId());
    o.addProperty("stageId", p.stageId());
    o.addProperty("task", p.task());
    o.addProperty("attempt", p.attempt());
    JsonArray inputs = new JsonArray();
    p.inputs().forEach(in -> inputs.add(input(in)));
    o.add("inputs", inputs);
    JsonArray outputs = new JsonArray();
    p.outputs().forEach(out -> outputs.add(output(out)));
    o.add("outputs", outputs);
    JsonObject stores = new JsonObject();
    p.stores().forEach(stores::addProperty);
    o.add("stores", stores);
    o.addProperty("badRecords", p.badRecords().jsonName());
    o.addProperty("deadlineEpochMs", p.deadlineEpochMs());
    if (!p.placement().isEmpty()) {
      JsonArray placement = new JsonArray();
      p.placement().forEach(placement::add);
      o.add("placement", placement);
    }
    requireWithinLimit(o, "the payload of task " + p.stageId() + "/" + p.task());
    return o;
  }

  public static TaskPayload decodePayload(JsonObject json) {
    List<String> problems = new ArrayList<>();
    JsonAt o = new JsonAt(json, "", problems);
    List<TaskInput> inputs = new ArrayList<>();
    for (JsonAt in : o.objects("inputs")) {
      inputs.add(switch (in.string("kind")) {
        case "split" -> new TaskInput.Split(in.string("path"), in.integer("start"),
            in.integer("length"), in.has("source") ? in.int32("source") : 0);
        case "partition" -> new TaskInput.Partition(in.string("producer"),
            in.int32("partition"), in.ints("producerAttempts"));
        case "broadcast" -> new TaskInput.Broadcast(in.string("producer"),
            in.ints("producerAttempts"));
        default -> {
          in.problem("kind", "not an input kind (split, partition, broadcast)");
          yield null;
        }
      });
    }
    List<TaskOutput> outputs = new ArrayList<>();
    for (JsonAt out : o.objects("outputs")) {
      outputs.add(switch (out.string("kind")) {
        case "shuffle" -> new TaskOutput.Shuffle(out.int32("partitions"), out.bool("combiner"));
        case "sink" -> new TaskOutput.ToSink(out.string("sink"), out.string("attemptDir"));
        case "broadcast" -> new TaskOutput.Broadcast();
        default -> {
          out.problem("kind", "not an output kind (shuffle, sink, broadcast)");
          yield null;
        }
      });
    }
    String policy = o.string("badRecords");
    TaskPayload payload = new TaskPayload(o.string("jobId"), o.string("stageId"),
        o.int32("task"), o.int32("attempt"), inputs.stream().filter(i -> i != null).toList(),
        outputs.stream().filter(i -> i != null).toList(), o.stringMap("stores"),
        BadRecordPolicy.fromJson(policy).orElse(null), o.integer("deadlineEpochMs"),
        o.has("placement") ? o.strings("placement") : List.of());
    if (BadRecordPolicy.fromJson(policy).isEmpty() && !policy.isEmpty()) {
      o.problem("badRecords", "'" + policy + "' is not one of fail, skip");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("malformed task payload: " + String.join("; ", problems));
    }
    return payload;
  }

  public static JsonObject encode(TaskResult r) {
    JsonObject o = new JsonObject();
    o.addProperty("status", r.succeeded() ? "ok" : "failed");
    TaskCounters c = r.counters();
    JsonObject counters = new JsonObject();
    counters.addProperty("recordsIn", c.recordsIn());
    counters.addProperty("recordsOut", c.recordsOut());
    counters.addProperty("bytesIn", c.bytesIn());
    counters.addProperty("bytesOut", c.bytesOut());
    counters.addProperty("badRecords", c.badRecords());
    counters.addProperty("shuffleBytes", c.shuffleBytes());
    o.add("counters", counters);
    r.error().ifPresent(e -> {
      JsonObject error = new JsonObject();
      error.addProperty("message", e.message());
      error.addProperty("kind", e.kind().jsonName());
      error.addProperty("location", e.location());
      o.add("error", error);
    });
    requireWithinLimit(o, "a task result");
    return o;
  }

  /**
   * Reads what an action returned. Anything that is not a well-formed result — including one
   * over the size limit — becomes a failed result with a system error saying so, because the
   * platform would have rejected it too.
   */
  public static TaskResult decodeResult(JsonObject json) {
    if (json == null) {
      return TaskResult.failed(TaskError.system("the action returned null"));
    }
    long size = size(json);
    if (size > MAX_BYTES) {
      return TaskResult.failed(TaskError.system("the action's result is " + size
          + " bytes, over OpenWhisk's limit of " + MAX_BYTES + " bytes"));
    }
    List<String> problems = new ArrayList<>();
    JsonAt o = new JsonAt(json, "", problems);
    Optional<TaskError> error = Optional.empty();
    if (json.has("error")) {
      JsonElement e = json.get("error");
      error = Optional.of(e.isJsonObject() ? error(new JsonAt(e.getAsJsonObject(), "error",
          problems)) : TaskError.system(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
    }
    TaskCounters counters = TaskCounters.ZERO;
    if (json.has("counters") || error.isEmpty()) {
      JsonAt c = o.object("counters");
      counters = new TaskCounters(c.integer("recordsIn"), c.integer("recordsOut"),
          c.integer("bytesIn"), c.integer("bytesOut"), c.integer("badRecords"),
          c.integer("shuffleBytes"));
    }
    if (!problems.isEmpty()) {
      return TaskResult.failed(TaskError.system("the action returned a malformed result: "
          + String.join("; ", problems)));
    }
    return new TaskResult(counters, error);
  }

  /** UTF-8 size of {@code json} as it travels. */
  public static long size(JsonElement json) {
    return GSON.toJson(json).getBytes(StandardCharsets.UTF_8).length;
  }

  private static void requireWithinLimit(JsonObject json, String what) {
    long size = size(json);
    if (size > MAX_BYTES) {
      throw new PayloadTooLargeException(what, size);
    }
  }

  private static TaskError error(JsonAt e) {
    String kind = e.has("kind") ? e.string("kind") : "system";
    return new TaskError(kind.equals("user") ? TaskError.Kind.USER : TaskError.Kind.SYSTEM,
        e.string("message"), e.has("location") ? e.string("location") : "");
  }

  private static JsonObject input(TaskInput input) {
    JsonObject o = new JsonObject();
    if (input instanceof TaskInput.Split s) {
      o.addProperty("kind", "split");
      o.addProperty("path", s.path());
      o.addProperty("start", s.start());
      o.addProperty("length", s.length());
      if (s.source() != 0) {
        o.addProperty("source", s.source());
      }
    } else if (input instanceof TaskInput.Partition p) {
      o.addProperty("kind", "partition");
      o.addProperty("producer", p.producer());
      o.addProperty("partition", p.partition());
      o.add("producerAttempts", ints(p.producerAttempts()));
    } else if (input instanceof TaskInput.Broadcast b) {
      o.addProperty("kind", "broadcast");
      o.addProperty("producer", b.producer());
      o.add("producerAttempts", ints(b.producerAttempts()));
    }
    return o;
  }

  private static JsonObject output(TaskOutput output) {
    JsonObject o = new JsonObject();
    if (output instanceof TaskOutput.Shuffle s) {
      o.addProperty("kind", "shuffle");
      o.addProperty("partitions", s.partitions());
      o.addProperty("combiner", s.combiner());
    } else if (output instanceof TaskOutput.ToSink t) {
      o.addProperty("kind", "sink");
      o.addProperty("sink", t.sink());
      o.addProperty("attemptDir", t.attemptDir());
    } else if (output instanceof TaskOutput.Broadcast) {
      o.addProperty("kind", "broadcast");
    }
    return o;
  }

  private static JsonArray ints(List<Integer> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
