package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.FrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five programs of LANGUAGE.md, exactly as written there, have no diagnostics at all. */
class SamplesCheckCleanTest {
  /** The repository's own samples module, next to this one. */
  private static final Path REPOSITORY_SAMPLES = Path.of("../samples");

  @ParameterizedTest
  @ValueSource(strings = {"wordcount", "grep", "bdb-scan", "bdb-aggregation", "bdb-join"})
  void checksClean(String sample) {
    FrontEnd.Result result = Programs.checkResource("samples/" + sample + ".mvl");
    assertEquals(List.of(), result.diagnostics());
    assertTrue(result.analysis().isPresent());
    assertEquals(1, result.analyzed().pipelines().size());
  }

  @Test
  void theRepositorySamplesCheckCleanToo() throws IOException {
    List<Path> programs;
    try (Stream<Path> files = Files.walk(REPOSITORY_SAMPLES)) {
      programs = files.filter(f -> f.toString().endsWith(".mvl") && !f.toString().contains("/target/")).sorted().toList();
    }
    assertTrue(programs.size() >= 5, "samples found: " + programs);
    for (Path p : programs) {
      FrontEnd.Result result = Programs.check(p.toString(), Programs.read(p));
      assertEquals(List.of(), result.diagnostics(), p.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"every-operator"})
  void programsUsingEveryFeatureCheckClean(String name) {
    FrontEnd.Result result = Programs.checkResource("clean/" + name + ".mvl");
    assertEquals(List.of(), result.diagnostics());
  }
}
