package dev.marvel.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Program;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParserSmokeTest {

  static SourceFile sample(String name) throws IOException {
    try (InputStream in = ParserSmokeTest.class.getResourceAsStream("/ast/input/" + name + ".mvl")) {
      return new SourceFile(name + ".mvl", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wordcount", "grep", "bdb-aggregation", "bdb-join", "bdb-scan"})
  void theSamplesParseWithoutDiagnostics(String name) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Program program = Parser.parse(sample(name), diagnostics);
    assertEquals(java.util.List.of(), diagnostics.all());
    assertEquals(1, program.pipelines().size());
  }

  @Test
  void bdbJoinHasItsStructure() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Program program = Parser.parse(sample("bdb-join"), diagnostics);
    Decl.Pipeline p = program.pipelines().get(0);
    assertEquals("bdb_join", p.name().name());
    assertEquals("end", p.params().get(4).name().name());
    Statement.Assign best = (Statement.Assign) p.body().get(2);
    Source.Join join = (Source.Join) best.value().source();
    assertEquals("r", join.left().qualifier().name());
    assertTrue(best.value().ops().get(0) instanceof Operator.Aggregate);
    assertTrue(((Operator.OrderBy) best.value().ops().get(1)).keys().get(0).descending());
    assertEquals(2, program.schemas().size());
  }
}
