package dev.marvel.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case edits the valid WordCount plan.json one way and expects exactly these problems. */
class PlanValidationTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        edit("unsupported version", p -> p.addProperty("formatVersion", 2),
            "formatVersion: 2 is not supported (this Marvel reads 1); recompile the program with"
                + " this marvelc"),
        edit("missing pipeline", p -> p.remove("pipeline"), "pipeline: missing"),
        edit("unknown top-level field", p -> p.addProperty("createdAt", "now"),
            "createdAt: unknown field"),
        edit("duplicate stage id", p -> stage(p, 1).addProperty("id", "s1"),
            "stages[1].id: duplicate stage id 's1'",
            "stages[1].inputs[0].producer: stage 's1' cannot read its own output"),
        edit("producer that does not exist", p -> input(p, 1, 0).addProperty("producer", "s9"),
            "stages[0].outputs: stage 's1' writes a shuffle or broadcast that no stage reads",
            "stages[1].inputs[0].producer: no stage 's9'"),
        edit("partition count mismatch", p -> input(p, 1, 0).addProperty("partitions", 8),
            "stages[1].inputs[0].partitions: 8 does not match the 4 partitions stage 's1' writes"),
        edit("shuffle input past the producer's outputs", p -> input(p, 1, 0).addProperty("firstPartition", 4),
            "stages[1].inputs[0].producer: stage 's1' has no shuffle output at partition 4 of its map output"),
        edit("zero partitions", p -> {
              input(p, 1, 0).addProperty("partitions", 0);
              stage(p, 0).getAsJsonArray("outputs").get(0).getAsJsonObject()
                  .addProperty("partitions", 0);
            },
            "stages[0].outputs[0].partitions: must be positive, was 0",
            "stages[1].inputs[0].partitions: must be positive, was 0"),
        edit("cycle", p -> {
              JsonObject back = new JsonObject();
              back.addProperty("kind", "broadcast");
              back.addProperty("producer", "s2");
              stage(p, 0).getAsJsonArray("inputs").add(back);
              JsonObject out = new JsonObject();
              out.addProperty("kind", "broadcast");
              stage(p, 1).getAsJsonArray("outputs").add(out);
            },
            "stages: dependency cycle among stages s1, s2"),
        edit("jar outside the bundle", p -> stage(p, 0).addProperty("jar", "../s1.jar"),
            "stages[0].jar: '../s1.jar' must be a path inside the bundle (relative, without '..')"),
        edit("jar that is not a jar", p -> stage(p, 0).addProperty("jar", ""),
            "stages[0].jar: '' must name a .jar file"),
        edit("unknown sink", p -> stage(p, 1).getAsJsonArray("outputs").get(0).getAsJsonObject()
                .addProperty("sink", "nope"),
            "stages[1].outputs[0].sink: no sink 'nope'",
            "sinks[0]: sink 'counts' is written by no stage"),
        edit("mistyped number", p -> stage(p, 0).getAsJsonObject("limits")
                .addProperty("timeoutMs", "60s"),
            "stages[0].limits.timeoutMs: expected an integer, found \"60s\""),
        edit("negative timeout", p -> stage(p, 0).getAsJsonObject("limits")
                .addProperty("timeoutMs", -1),
            "stages[0].limits.timeoutMs: must be positive, was -1"),
        edit("unknown channel kind", p -> input(p, 0, 0).addProperty("kind", "kafka"),
            "stages[0].inputs[0].kind: 'kafka' is not an input kind (splits, shuffle, broadcast)"),
        edit("bad partitioning", p -> input(p, 1, 0).addProperty("partitioning", "random"),
            "stages[1].inputs[0].partitioning: 'random' is not one of hash, range"),
        edit("empty split paths", p -> input(p, 0, 0).add("paths", new JsonArray()),
            "stages[0].inputs[0].paths: a splits input needs at least one path"),
        edit("preferred above max", p -> stage(p, 1).getAsJsonObject("parallelism")
                .addProperty("preferred", 9),
            "stages[1].parallelism: preferred 9 exceeds max 4"),
        edit("no stages", p -> p.add("stages", new JsonArray()),
            "stages: a plan needs at least one stage",
            "sinks[0]: sink 'counts' is written by no stage"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsEveryProblemByPath(String name, Consumer<JsonObject> edit, List<String> expected) {
    JsonObject json = JsonParser.parseString(PlanWriter.write(SamplePlans.wordCount()))
        .getAsJsonObject();
    edit.accept(json);
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> PlanReader.read(json.toString(), "out/plan.json"));
    assertEquals(expected, e.problems());
    assertEquals("out/plan.json is not a valid Marvel plan:\n  " + String.join("\n  ", expected),
        e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void notJsonAtAll() {
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> PlanReader.read("{\"formatVersion\": 1,", "plan.json"));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("not valid JSON: "), e.problems().get(0));
  }

  private static Arguments edit(String name, Consumer<JsonObject> edit, String... problems) {
    return Arguments.of(name, edit, List.of(problems));
  }

  private static JsonObject stage(JsonObject plan, int i) {
    return plan.getAsJsonArray("stages").get(i).getAsJsonObject();
  }

  private static JsonObject input(JsonObject plan, int stage, int i) {
    return stage(plan, stage).getAsJsonArray("inputs").get(i).getAsJsonObject();
  }
}
