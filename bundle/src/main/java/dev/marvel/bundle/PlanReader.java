package dev.marvel.bundle;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code plan.json} into a {@link Plan} and validates it: structural problems (missing or
 * mistyped fields, unknown fields or kinds) and then {@link PlanValidator}'s rules, every problem
 * named by its JSON path. Throws {@link InvalidPlanException} listing them all.
 */
public final class PlanReader {

  private final List<String> problems = new ArrayList<>();

  private PlanReader() {}

  /** Parses and validates {@code json}; {@code where} names the file in messages. */
  public static Plan read(String json, String where) {
    JsonElement root;
    try {
      root = JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new InvalidPlanException(where, List.of("not valid JSON: " + rootCause(e)));
    }
    if (!root.isJsonObject()) {
      throw new InvalidPlanException(where, List.of("expected a JSON object at the top level"));
    }
    PlanReader reader = new PlanReader();
    JsonAt top = new JsonAt(root.getAsJsonObject(), "", reader.problems);
    long version = top.integer("formatVersion");
    if (!reader.problems.isEmpty() || version != Plan.FORMAT_VERSION) {
      // Other fields may mean something else in another version: stop before reading them.
      reader.problems.add("formatVersion: " + version + " is not supported (this Marvel reads "
          + Plan.FORMAT_VERSION + "); recompile the program with this marvelc");
      throw new InvalidPlanException(where, reader.problems.subList(0, 1));
    }
    Plan plan = reader.plan(top);
    if (!reader.problems.isEmpty()) {
      throw new InvalidPlanException(where, reader.problems);
    }
    return PlanValidator.requireValid(plan, where);
  }

  private Plan plan(JsonAt o) {
    String pipeline = o.string("pipeline");
    var parameters = o.stringMap("parameters");
    List<Stage> stages = new ArrayList<>();
    for (JsonAt s : o.objects("stages")) {
      stages.add(stage(s));
    }
    List<Sink> sinks = new ArrayList<>();
    for (JsonAt s : o.objects("sinks")) {
      sinks.add(new Sink(s.string("id"), s.string("format"), s.string("path"),
          s.stringMap("options")));
      s.rejectUnknownFields();
    }
    o.rejectUnknownFields();
    return new Plan(Plan.FORMAT_VERSION, pipeline, parameters, stages, sinks);
  }

  private Stage stage(JsonAt s) {
    String id = s.string("id");
    String action = s.string("action");
    String jar = s.string("jar");
    String mainClass = s.string("mainClass");
    String operators = s.string("operators");
    List<InputChannel> inputs = new ArrayList<>();
    for (JsonAt in : s.objects("inputs")) {
      // Fields of an unknown kind are not worth listing: the kind is the problem.
      input(in).ifPresent(channel -> {
        inputs.add(channel);
        in.rejectUnknownFields();
      });
    }
    List<OutputChannel> outputs = new ArrayList<>();
    for (JsonAt out : s.objects("outputs")) {
      output(out).ifPresent(channel -> {
        outputs.add(channel);
        out.rejectUnknownFields();
      });
    }
    JsonAt p = s.object("parallelism");
    Parallelism parallelism = new Parallelism(p.int32("preferred"), p.int32("max"));
    p.rejectUnknownFields();
    JsonAt l = s.object("limits");
    Limits limits = new Limits(l.integer("timeoutMs"), l.int32("memoryMb"));
    l.rejectUnknownFields();
    List<SourceSpan> spans = new ArrayList<>();
    for (JsonAt sp : s.objects("spans")) {
      spans.add(new SourceSpan(sp.string("operator"), sp.string("file"), sp.int32("line"),
          sp.int32("column")));
      sp.rejectUnknownFields();
    }
    s.rejectUnknownFields();
    return new Stage(id, action, jar, mainClass, operators, inputs, outputs, parallelism, limits,
        spans);
  }

  private Optional<InputChannel> input(JsonAt in) {
    String kind = in.string("kind");
    switch (kind) {
      case "splits":
        return Optional.of(new InputChannel.Splits(in.strings("paths"), in.string("format"),
            in.integer("splitSize"), in.stringMap("options")));
      case "shuffle":
        String partitioning = in.string("partitioning");
        Optional<Partitioning> p = Partitioning.fromJson(partitioning);
        if (p.isEmpty()) {
          in.problem("partitioning", "'" + partitioning + "' is not one of hash, range");
        }
        return Optional.of(new InputChannel.Shuffle(in.string("producer"), in.int32("partitions"),
            p.orElse(Partitioning.HASH), in.string("key"),
            in.has("firstPartition") ? in.int32("firstPartition") : 0));
      case "broadcast":
        return Optional.of(new InputChannel.Broadcast(in.string("producer"),
            in.has("partition") ? in.int32("partition") : 0));
      default:
        in.problem("kind", "'" + kind + "' is not an input kind (splits, shuffle, broadcast)");
        return Optional.empty();
    }
  }

  private Optional<OutputChannel> output(JsonAt out) {
    String kind = out.string("kind");
    switch (kind) {
      case "shuffle":
        return Optional.of(new OutputChannel.Shuffle(out.int32("partitions"),
            out.bool("combiner")));
      case "sink":
        return Optional.of(new OutputChannel.ToSink(out.string("sink")));
      case "broadcast":
        return Optional.of(new OutputChannel.Broadcast());
      default:
        out.problem("kind", "'" + kind + "' is not an output kind (shuffle, sink, broadcast)");
        return Optional.empty();
    }
  }

  private static String rootCause(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage();
  }
}
