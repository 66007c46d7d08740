package dev.marvel.bench.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written references agree with plain regex-and-HashMap programs on random text. */
class FastReferencesTest {

  @TempDir static Path dir;
  static List<Path> files;
  static List<String> lines;

  @BeforeAll
  static void writeCorpus() throws IOException {
    Random random = new Random(42);
    String[] vocabulary = {"the", "Whale", "ahab", "SEA", "captain", "cap", "x", "naïve", "año", "ab12cd"};
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      StringBuilder target = i % 3 == 0 ? b : a;
      int words = random.nextInt(12);
      for (int w = 0; w < words; w++) {
        target.append(vocabulary[random.nextInt(vocabulary.length)]);
        target.append(" ,.;-\t".charAt(random.nextInt(6)));
      }
      target.append(i % 7 == 0 ? "\r\n" : "\n");
    }
    b.append("no newline at the end");
    Files.writeString(dir.resolve("part-0"), a, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("part-1"), b, StandardCharsets.UTF_8);
    files = InputFiles.list(dir);
    lines = Files.readAllLines(dir.resolve("part-0"));
    lines.addAll(Files.readAllLines(dir.resolve("part-1")));
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 64, 4096, 1 << 22})
  void wordCountEqualsARegexCount(int blockSize) throws IOException {
    Map<String, Long> expected = new HashMap<>();
    Matcher m = Pattern.compile("[A-Za-z]+").matcher("");
    for (String line : lines) {
      m.reset(line);
      while (m.find()) {
        expected.merge(m.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
      }
    }
    assertEquals(expected, FastWordCount.count(files, blockSize).toMap());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cap[a-z]*", "a.", "Wh?ale", "(se|SE)A", "[0-9]+", "ca+p", "x"})
  void grepEqualsALineByLineRegexCount(String regex) throws IOException {
    Map<String, Long> expected = new HashMap<>();
    Matcher m = Pattern.compile(regex).matcher("");
    for (String line : lines) {
      m.reset(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      while (m.find()) {
        expected.merge(m.group(), 1L, Long::sum);
      }
    }
    assertTrue(!expected.isEmpty(), "the corpus must exercise " + regex);
    for (int block : new int[] {5, 100, 1 << 22}) {
      assertEquals(expected, FastGrep.count(files, regex, block), regex + " with blocks of " + block);
    }
  }
}
