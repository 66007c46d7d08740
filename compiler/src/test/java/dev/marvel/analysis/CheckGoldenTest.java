package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.FrontEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code check/input/NAME.mvl} is a small program with one mistake; its rendered diagnostics
 * must equal {@code check/expected/NAME.err} exactly. {@code -Dmarvel.updateGoldens=true}
 * rewrites the expected files (review the diff like code).
 */
class CheckGoldenTest {
  private static final Path INPUT = Programs.RESOURCES.resolve("check/input");
  private static final Path EXPECTED = Programs.RESOURCES.resolve("check/expected");
  private static final boolean UPDATE = Boolean.getBoolean("marvel.updateGoldens");

  @TestFactory
  Stream<DynamicTest> renderedDiagnosticsMatchTheGoldens() throws IOException {
    return inputs().stream().map(input -> DynamicTest.dynamicTest(input, () -> {
      String name = input.substring(0, input.length() - ".mvl".length());
      FrontEnd.Result result = Programs.check(input, Programs.read(INPUT.resolve(input)));
      String actual = CheckReport.text(result);
      assertFalse(actual.isEmpty(), input + " produced no diagnostics");
      assertTrue(result.internalError().isEmpty(), () -> input + " crashed: " + result.internalError().get());
      Path expected = EXPECTED.resolve(name + ".err");
      if (UPDATE) {
        Files.createDirectories(EXPECTED);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Programs.read(expected), actual);
    }));
  }

  @Test
  void coversAtLeastFortyMistakes() throws IOException {
    assertTrue(inputs().size() >= 40, "only " + inputs().size() + " golden cases");
  }

  private static List<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(INPUT)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mvl")).sorted().toList();
    }
  }
}
