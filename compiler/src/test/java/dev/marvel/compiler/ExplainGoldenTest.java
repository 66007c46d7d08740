package dev.marvel.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Filter;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.Source;
import dev.marvel.source.SourceFile;
import dev.marvel.stages.InputChannel;
import dev.marvel.stages.OutputChannel;
import dev.marvel.stages.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code marvelc explain} of each sample program (and of a program using every language form)
 * must equal {@code explain/<sample>.plan}:
 * logical plan, optimized plan with the rules that fired, stage plan. {@code
 * -Dmarvel.updateGoldens=true} rewrites the files (review the diff like code).
 */
class ExplainGoldenTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final boolean UPDATE = Boolean.getBoolean("marvel.updateGoldens");

  /** Each sample with the command-line parameters it is explained with. */
  private static final Map<String, Map<String, String>> SAMPLES = new LinkedHashMap<>();

  /** Samples under {@code samples/}, except these (by name → resource path). */
  private static final Map<String, String> ELSEWHERE = Map.of("every-operator", "clean/every-operator.mvl");

  static {
    SAMPLES.put("wordcount", Map.of("input", "data/words.txt", "output", "out/wordcount"));
    SAMPLES.put("grep", Map.of("input", "data/words.txt", "output", "out/grep", "pattern", "ab+c"));
    SAMPLES.put("bdb-scan", Map.of("rankings", "data/rankings", "output", "out/scan"));
    SAMPLES.put("bdb-aggregation", Map.of("uservisits", "data/uservisits", "output", "out/aggregation"));
    SAMPLES.put("bdb-join", Map.of("rankings", "data/rankings", "uservisits", "data/uservisits",
        "output", "out/join"));
    SAMPLES.put("every-operator", Map.of("rankings", "data/rankings", "links", "data/links", "logs", "data/logs",
        "output", "out/every"));
  }

  static Explain explain(String sample) throws IOException {
    String name = ELSEWHERE.getOrDefault(sample, "samples/" + sample + ".mvl");
    String text = Files.readString(RESOURCES.resolve(name), StandardCharsets.UTF_8);
    FrontEnd.Result result = FrontEnd.standard(ExplainGoldenTest.class.getClassLoader()).check(new SourceFile(name, text));
    assertFalse(result.hasErrors(), () -> name + ": " + result.diagnostics());
    AnalyzedProgram analysis = result.analyzed();
    AnalyzedPipeline pipeline = analysis.pipelines().get(0);
    var bound = ParameterBinder.bind(pipeline, SAMPLES.get(sample));
    assertTrue(bound.ok(), () -> name + ": " + bound.problems());
    return Explain.of(analysis, pipeline, bound.parameters().orElseThrow(), PlanOptions.defaults());
  }

  @TestFactory
  Stream<DynamicTest> explainTextMatchesTheGoldens() {
    return SAMPLES.keySet().stream().map(sample -> DynamicTest.dynamicTest(sample, () -> {
      String params = SAMPLES.get(sample).entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> "-p " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
      String file = ELSEWHERE.getOrDefault(sample, "samples/" + sample + ".mvl");
      String actual = "// marvelc explain " + file + " " + params + "\n" + explain(sample).text();
      Path golden = RESOURCES.resolve("explain/" + sample + ".plan");
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }));
  }

  @Test
  void wordCountCombinesMapSide() throws IOException {
    Explain e = explain("wordcount");
    assertEquals(2, e.stages().stages().size());
    OutputChannel.Shuffle shuffle = e.stages().shuffles().get(0);
    Aggregate combiner = assertInstanceOf(Aggregate.class, shuffle.combiner().orElseThrow());
    assertEquals(Phase.PARTIAL, combiner.phase());
  }

  @Test
  void bdbJoinFiltersVisitsBeforeTheShuffleAndReadsOnlyUsedColumns() throws IOException {
    Explain e = explain("bdb-join");
    Stage visits = e.stages().stages().stream()
        .filter(s -> s.inputs().stream().anyMatch(in -> in instanceof InputChannel.Splits sp
            && sp.source().path().equals("data/uservisits")))
        .findFirst().orElseThrow();
    // The stage that reads uservisits filters on visitDate, then shuffles to the join.
    assertTrue(visits.operators().stream().anyMatch(op -> op instanceof Filter f
        && f.condition().display().startsWith("visitDate between")), () -> e.text());
    // Only the columns the join and the aggregate use cross the shuffle: not visitDate.
    OutputChannel.Shuffle toJoin = (OutputChannel.Shuffle) visits.outputs().get(0);
    assertEquals("(sourceIP: string, destURL: string, adRevenue: double)", toJoin.rows().schema().display());
    Source uv = ((InputChannel.Splits) visits.inputs().get(0)).source();
    assertEquals("(sourceIP: string, destURL: string, visitDate: date, adRevenue: double)", uv.schema().display());
    assertEquals(9, uv.declaredSchema().size());
  }
}
