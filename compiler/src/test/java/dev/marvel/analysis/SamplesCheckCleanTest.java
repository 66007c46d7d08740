package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.FrontEnd;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five programs of LANGUAGE.md, exactly as written there, have no diagnostics at all. */
class SamplesCheckCleanTest {

  @ParameterizedTest
  @ValueSource(strings = {"wordcount", "grep", "bdb-scan", "bdb-aggregation", "bdb-join"})
  void checksClean(String sample) {
    FrontEnd.Result result = Programs.checkResource("samples/" + sample + ".mvl");
    assertEquals(List.of(), result.diagnostics());
    assertTrue(result.analysis().isPresent());
    assertEquals(1, result.analyzed().pipelines().size());
  }
}
