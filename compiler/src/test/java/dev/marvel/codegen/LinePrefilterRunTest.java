package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text reads whose every consumer needs a literal pass over the other lines as bytes
 * ({@code nextContaining}); compiled and run end to end on lines with CRLF ends, non-ASCII text
 * and malformed UTF-8, the results are those of the plain definition (the rows written are only
 * lines of valid UTF-8, which the output reader decodes). A consumer that may want
 * any line keeps reading every line.
 */
class LinePrefilterRunTest {
  private static final byte[] TEXT = concat(
      "a quick quiz\r\n".getBytes(StandardCharsets.UTF_8),
      "no match here\n".getBytes(StandardCharsets.UTF_8),
      "grüße quälen quartz équipe\r\n".getBytes(StandardCharsets.UTF_8),
      new byte[] {'q', 'u', (byte) 0xC3, 'a', ' ', 'q', 'u', 'o', 't', 'h', (byte) 0xFF, '\r'},
      "\n\rquit quit QUIT\n".getBytes(StandardCharsets.UTF_8),
      "last quasi line without end".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  @Test
  void grepCountsEveryMatchOfEveryLine() throws Exception {
    Run run = run("""
        pipeline grep(input: path, output: path) {
          found = read text(input) | explode m = regex_matches(line, "qu[a-zä]+") | group by m aggregate n = count()
          write found to tsv(output)
        }
        """);
    assertTrue(run.source().contains(".nextContaining(LINE_LITERAL)"), "prefiltered read");
    TreeMap<String, Long> counts = new TreeMap<>();
    for (String line : lines()) {
      Matcher m = Pattern.compile("qu[a-zä]+").matcher(line);
      while (m.find()) {
        counts.merge(m.group(), 1L, Long::sum);
      }
    }
    List<String> expected = new ArrayList<>();
    counts.forEach((match, n) -> expected.add(match + "\t" + n));
    expected.sort(null);
    assertEquals(expected, run.output());
  }

  @Test
  void aFilterRequiringMatchesKeepsExactlyTheMatchingLines() throws Exception {
    Run run = run("""
        pipeline keep(input: path, output: path) {
          kept = read text(input) | where length(line) > 12 and line matches "qu[a-z]+e" | select line
          write kept to tsv(output)
        }
        """);
    assertTrue(run.source().contains(".nextContaining(LINE_LITERAL)"), "prefiltered read");
    assertEquals(matching(line -> line.length() > 12 && Pattern.compile("qu[a-z]+e").matcher(line).find()),
        run.output());
  }

  @Test
  void aConditionThatMayHoldWithoutTheLiteralReadsEveryLine() throws Exception {
    Run run = run("""
        pipeline either(input: path, output: path) {
          kept = read text(input) | where line matches "ck q" or length(line) < 4 | select line
          write kept to tsv(output)
        }
        """);
    assertTrue(run.source().contains("input.next()"), "no prefilter");
    assertEquals(matching(line -> line.length() < 4 || line.contains("ck q")),
        run.output());
  }

  private record Run(String source, List<String> output) {}

  private Run run(String pipeline) throws Exception {
    Path input = dir.resolve("input.txt");
    Files.write(input, TEXT);
    Map<String, String> params = Map.of("input", input.toString(), "output", dir.resolve("out").toString());
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("prefilter.mvl", pipeline, params);
    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    InProcessRun.run(compiled.generated().plan(), jars, dir, "prefilter");
    StringBuilder sources = new StringBuilder();
    compiled.generated().sources().values().forEach(sources::append);
    return new Run(sources.toString(), InProcessRun.output(dir.resolve("out")));
  }

  /** The decoded lines of TEXT by the plain definition (\n, \r\n or \r ends). */
  private static List<String> lines() {
    return List.of(new String(TEXT, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
  }

  private static List<String> matching(Predicate<String> keep) {
    return lines().stream().filter(keep).sorted().toList();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
