package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.PlanReader;
import dev.marvel.bundle.PlanWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample compiles into a bundle whose plan.json passes validation, and its action jars,
 * run stage by stage on the sample's example input, produce the reviewed expected output.
 */
class SampleBundlesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"wordcount", "grep", "bdb-scan", "bdb-aggregation", "bdb-join"})
  void sampleBundleRunsToTheExpectedOutput(String sample) throws Exception {
    Path samples = TestCompilations.samplesDir();
    Map<String, String> params = new HashMap<>();
    params.put("output", dir.resolve("out").toString());
    switch (sample) {
      case "wordcount" -> params.put("input", samples.resolve("wordcount/example/input").toString());
      case "grep" -> {
        params.put("input", samples.resolve("grep/example/input").toString());
        params.put("pattern", "dfs[a-z.]+");
      }
      default -> {
        params.put("rankings", samples.resolve("bdb-data/rankings").toString());
        params.put("uservisits", samples.resolve("bdb-data/uservisits").toString());
      }
    }
    if (sample.equals("bdb-scan")) {
      params.remove("uservisits");
    } else if (sample.equals("bdb-aggregation")) {
      params.remove("rankings");
    }
    TestCompilations.Compiled compiled = TestCompilations.compileFresh(sample + ".mvl", TestCompilations.sample(sample),
        params);
    Plan plan = compiled.generated().plan();
    assertEquals(plan, PlanReader.read(PlanWriter.write(plan), sample + "/plan.json"));

    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    InProcessRun.run(plan, jars, dir, "test-" + sample);
    List<String> expected = new ArrayList<>(Files.readAllLines(samples.resolve(sample + "/example/expected.tsv")));
    Collections.sort(expected);
    assertEquals(expected, InProcessRun.output(dir.resolve("out")));
  }
}
