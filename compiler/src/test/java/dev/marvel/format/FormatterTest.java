package dev.marvel.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code format/input/NAME.mvl} formatted must equal {@code format/expected/NAME.mvl}
 * ({@code -Dmarvel.updateGoldens=true} rewrites them; review the diff). Every sample and every
 * parser test input must format idempotently and keep each comment exactly once.
 */
class FormatterTest {
  private static final Path INPUT = Path.of("src/test/resources/format/input");
  private static final Path EXPECTED = Path.of("src/test/resources/format/expected");
  private static final boolean UPDATE = Boolean.getBoolean("marvel.updateGoldens");
  private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*(?s:.*?)\\*/");

  @TestFactory
  Stream<DynamicTest> formattedInputsMatchTheGoldens() throws IOException {
    return mvlFiles(INPUT).stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      Formatted f = Formatter.format(new SourceFile(input.getFileName().toString(), read(input)));
      assertFalse(f.refused(), () -> "refused: " + f.diagnostics());
      Path expected = EXPECTED.resolve(input.getFileName());
      if (UPDATE) {
        Files.createDirectories(EXPECTED);
        Files.writeString(expected, f.text(), StandardCharsets.UTF_8);
      }
      assertEquals(read(expected), f.text());
    }));
  }

  @TestFactory
  Stream<DynamicTest> formattingIsIdempotentAndKeepsEveryComment() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(INPUT, Path.of("src/test/resources/samples"), Path.of("src/test/resources/check/input"),
        Path.of("../dsl-grammar/src/test/resources/ast/input"))) {
      files.addAll(mvlFiles(dir));
    }
    files.addAll(repositorySamples());
    assertTrue(files.size() > 20, "too few files: " + files);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String text = read(file);
      Formatted once = Formatter.format(new SourceFile(file.toString(), text));
      if (once.refused()) {
        // only files with syntax errors may be refused, and they are left exactly as they were
        assertTrue(once.diagnostics().stream().allMatch(d -> d.code().startsWith("E00")), () -> once.diagnostics().toString());
        assertEquals(text, once.text());
        return;
      }
      Formatted twice = Formatter.format(new SourceFile(file.toString(), once.text()));
      assertEquals(once.text(), twice.text(), "formatting is not idempotent");
      assertFalse(twice.changed());
      assertEquals(comments(text), comments(once.text()), "every comment appears exactly once, in order");
    }));
  }

  /** What a user runs first: {@code marvelc fmt --check samples/*\/*.mvl} must find nothing to change. */
  @TestFactory
  Stream<DynamicTest> everyRepositorySampleIsInTheCanonicalLayout() throws IOException {
    List<Path> samples = repositorySamples();
    assertTrue(samples.size() >= 5, "samples found: " + samples);
    return samples.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String text = read(file);
      Formatted f = Formatter.format(new SourceFile(file.toString(), text));
      assertFalse(f.refused(), () -> "refused: " + f.diagnostics());
      assertEquals(f.text(), text, "marvelc fmt would change " + file);
    }));
  }

  @Test
  void aFileWithSyntaxErrorsIsLeftUntouched() {
    String text = "pipeline p(input: path) {\n  t = read text(input)\n     |   where line ==\n  write t to tsv(input)\n}\n";
    Formatted f = Formatter.format(new SourceFile("broken.mvl", text));
    assertTrue(f.refused());
    assertEquals(text, f.text());
    assertFalse(f.changed());
    assertEquals("E0010", f.diagnostics().get(0).code());
  }

  @Test
  void pipesAlignUnderTheEqualsSign() {
    String text = "pipeline p(i: path, o: path) { longer_name = read text(i) | where line != \"\" | distinct write longer_name to text(o) }";
    assertEquals("""
        pipeline p(i: path, o: path) {
          longer_name = read text(i)
                      | where line != ""
                      | distinct
          write longer_name to text(o)
        }
        """, Formatter.format(new SourceFile("p.mvl", text)).text());
  }

  @Test
  void anEmptyFileStaysEmpty() {
    assertEquals("", Formatter.format(new SourceFile("empty.mvl", "  \n\n")).text());
  }

  private static List<String> comments(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = COMMENT.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static List<Path> mvlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".mvl")).sorted().toList();
    }
  }

  /** The {@code .mvl} files of the repository's samples module, beside this one. */
  private static List<Path> repositorySamples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
      return files.filter(p -> p.toString().endsWith(".mvl") && !p.toString().contains("/target/")).sorted().toList();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
