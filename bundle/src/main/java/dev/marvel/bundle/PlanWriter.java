package dev.marvel.bundle;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Writes a plan as {@code plan.json}. Deterministic: fields in a fixed order, maps sorted by key,
 * two-space indentation, a final newline, nothing that depends on time or hashing, so equal plans
 * give byte-identical files. Refuses to write an invalid plan: that would be a compiler bug.
 */
public final class PlanWriter {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .create();

  private PlanWriter() {}

  public static String write(Plan plan) {
    PlanValidator.requireValid(plan, "the plan to write");
    return GSON.toJson(toJson(plan)) + "\n";
  }

  static JsonObject toJson(Plan plan) {
    JsonObject o = new JsonObject();
    o.addProperty("formatVersion", plan.formatVersion());
    o.addProperty("pipeline", plan.pipeline());
    o.add("parameters", strings(plan.parameters()));
    JsonArray stages = new JsonArray();
    plan.stages().forEach(s -> stages.add(stage(s)));
    o.add("stages", stages);
    JsonArray sinks = new JsonArray();
    plan.sinks().forEach(s -> sinks.add(sink(s)));
    o.add("sinks", sinks);
    return o;
  }

  private static JsonObject stage(Stage s) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("action", s.action());
    o.addProperty("jar", s.jar());
    o.addProperty("mainClass", s.mainClass());
    o.addProperty("operators", s.operators());
    JsonArray inputs = new JsonArray();
    s.inputs().forEach(in -> inputs.add(input(in)));
    o.add("inputs", inputs);
    JsonArray outputs = new JsonArray();
    s.outputs().forEach(out -> outputs.add(output(out)));
    o.add("outputs", outputs);
    JsonObject parallelism = new JsonObject();
    parallelism.addProperty("preferred", s.parallelism().preferred());
    parallelism.addProperty("max", s.parallelism().max());
    o.add("parallelism", parallelism);
    JsonObject limits = new JsonObject();
    limits.addProperty("timeoutMs", s.limits().timeoutMs());
    limits.addProperty("memoryMb", s.limits().memoryMb());
    o.add("limits", limits);
    JsonArray spans = new JsonArray();
    for (SourceSpan span : s.spans()) {
      JsonObject sp = new JsonObject();
      sp.addProperty("operator", span.operator());
      sp.addProperty("file", span.file());
      sp.addProperty("line", span.line());
      sp.addProperty("column", span.column());
      spans.add(sp);
    }
    o.add("spans", spans);
    return o;
  }

  private static JsonObject input(InputChannel channel) {
    JsonObject o = new JsonObject();
    if (channel instanceof InputChannel.Splits s) {
      o.addProperty("kind", "splits");
      JsonArray paths = new JsonArray();
      s.paths().forEach(paths::add);
      o.add("paths", paths);
      o.addProperty("format", s.format());
      o.addProperty("splitSize", s.splitSize());
      o.add("options", strings(s.options()));
    } else if (channel instanceof InputChannel.Shuffle s) {
      o.addProperty("kind", "shuffle");
      o.addProperty("producer", s.producer());
      o.addProperty("partitions", s.partitions());
      o.addProperty("partitioning", s.partitioning().jsonName());
      o.addProperty("key", s.key());
      if (s.firstPartition() != 0) {
        o.addProperty("firstPartition", s.firstPartition());
      }
    } else if (channel instanceof InputChannel.Broadcast b) {
      o.addProperty("kind", "broadcast");
      o.addProperty("producer", b.producer());
      if (b.partition() != 0) {
        o.addProperty("partition", b.partition());
      }
    }
    return o;
  }

  private static JsonObject output(OutputChannel channel) {
    JsonObject o = new JsonObject();
    if (channel instanceof OutputChannel.Shuffle s) {
      o.addProperty("kind", "shuffle");
      o.addProperty("partitions", s.partitions());
      o.addProperty("combiner", s.combiner());
    } else if (channel instanceof OutputChannel.ToSink t) {
      o.addProperty("kind", "sink");
      o.addProperty("sink", t.sink());
    } else if (channel instanceof OutputChannel.Broadcast) {
      o.addProperty("kind", "broadcast");
    }
    return o;
  }

  private static JsonObject sink(Sink s) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("format", s.format());
    o.addProperty("path", s.path());
    o.add("options", strings(s.options()));
    return o;
  }

  private static JsonObject strings(Map<String, String> sorted) {
    JsonObject o = new JsonObject();
    sorted.forEach(o::addProperty);
    return o;
  }
}
