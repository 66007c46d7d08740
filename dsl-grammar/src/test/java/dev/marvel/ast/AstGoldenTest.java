package dev.marvel.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Diagnostics;
import dev.marvel.parse.Parser;
import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden AST dumps: {@code ast/input/X.mvl} parses to {@code ast/expected/X.ast}; where the input
 * has errors, the rendered diagnostics follow the dump after a {@code ---- diagnostics} line.
 * {@code -Dmarvel.updateGoldens=true} rewrites the expected files.
 */
class AstGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/ast");
  private static final boolean UPDATE = Boolean.getBoolean("marvel.updateGoldens");

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("input"))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".mvl"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void matchesGolden(String name) throws IOException {
    String source = Files.readString(ROOT.resolve("input/" + name + ".mvl"), StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    Program program = Parser.parse(new SourceFile(name + ".mvl", source), diagnostics);
    String actual = AstPrinter.print(program);
    if (!diagnostics.all().isEmpty()) {
      actual += "---- diagnostics\n" + new DiagnosticRenderer().renderAll(diagnostics, name + ".mvl");
    }
    Path expected = ROOT.resolve("expected/" + name + ".ast");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expected), "no golden " + expected + "; run with -Dmarvel.updateGoldens=true and review it");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void goldensWithoutErrorsSayErrorsWhereIntended(String name) throws IOException {
    String golden = Files.readString(ROOT.resolve("expected/" + name + ".ast"), StandardCharsets.UTF_8);
    // inputs named recovery-* exist to show the AST of broken programs; all others must be clean
    assertEquals(name.startsWith("recovery-"), golden.contains("---- diagnostics"));
    assertFalse(golden.isBlank());
  }
}
