package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates real programs token by token (delete, insert, swap; fixed seed) and runs the whole
 * front end and the renderer on each: nothing may throw, no internal error may be reported, and
 * every diagnostic must point inside the file.
 */
class FrontEndFuzzTest {
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?L?|==|!=|<=|>=|//[^\\n]*|\\s+|.");
  private static final List<String> EXTRA = List.of("(", ")", ",", "|", "=", "==", "<", "and", "or", "not",
      "select", "where", "group", "by", "aggregate", "join", "union", "read", "write", "to", "as", "limit",
      "-1", "\"x\"", "date", "\"1980-99-01\"", "null", "count()", "sum", "x", "line", "`order`", "{", "}", "\n",
      "/*", "\"\\q\"", "99999999999999999999", "list<", ">", "if", "then", "else", "case", "when", "end", ".");
  private static final int ITERATIONS = 2000;
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("pipeline", "schema", "use", "function",
      "as", "read", "write", "to", "join", "inner", "left", "right", "full", "broadcast", "on", "union", "where",
      "filter", "select", "extend", "explode", "group", "by", "aggregate", "distinct", "order", "asc", "desc",
      "limit", "and", "or", "not", "between", "in", "is", "null", "true", "false", "if", "then", "else", "case",
      "when", "end", "cast", "date", "matches");

  @Test
  void mutatedProgramsNeverCrashTheFrontEnd() throws IOException {
    List<List<String>> corpus = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.list(Programs.RESOURCES.resolve("samples")),
        Files.list(Programs.RESOURCES.resolve("check/input")))) {
      files.filter(f -> f.toString().endsWith(".mvl")).sorted().forEach(f -> corpus.add(tokens(Programs.read(f))));
    }
    Random random = new Random(20261126L);
    int analysed = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      List<String> tokens = new ArrayList<>(corpus.get(random.nextInt(corpus.size())));
      int mutations = 1 + random.nextInt(3);
      boolean keepSyntax = i % 2 == 0;
      for (int m = 0; m < mutations && tokens.size() > 2; m++) {
        int at = random.nextInt(tokens.size() - 1);
        if (keepSyntax) {
          renameOne(tokens, random);
          continue;
        }
        switch (random.nextInt(3)) {
          case 0 -> tokens.remove(at);
          case 1 -> tokens.add(at, random.nextBoolean() ? EXTRA.get(random.nextInt(EXTRA.size()))
              : tokens.get(random.nextInt(tokens.size())));
          default -> tokens.set(at, tokens.set(at + 1, tokens.get(at)));
        }
      }
      String text = String.join("", tokens);
      FrontEnd.Result result = Programs.check("fuzz-" + i + ".mvl", text);
      analysed += result.analysis().isPresent() ? 1 : 0;
      String rendered = CheckReport.text(result);
      assertTrue(result.internalError().isEmpty(), () -> "crash on:\n" + text + "\n" + result.internalError().get());
      for (Diagnostic d : result.diagnostics()) {
        assertTrue(d.span().end() <= text.length(), () -> "span outside the file: " + d + "\n" + text);
        assertTrue(!d.code().startsWith("B"), () -> "internal error on:\n" + text + "\n" + rendered);
      }
      assertEquals(result.diagnostics().isEmpty(), rendered.isEmpty(), rendered);
    }
    assertTrue(analysed > ITERATIONS / 4, "only " + analysed + " mutants got past the parser");
  }

  /**
   * Replaces one name or literal with another of the same kind from the program: the text still
   * parses, so the mutant exercises analysis rather than the parser.
   */
  private static void renameOne(List<String> tokens, Random random) {
    List<Integer> names = new ArrayList<>();
    List<Integer> literals = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (NAME.matcher(t).matches() && !KEYWORDS.contains(t)) {
        names.add(k);
      } else if (t.startsWith("\"") || Character.isDigit(t.charAt(0))) {
        literals.add(k);
      }
    }
    List<Integer> pool = random.nextInt(4) == 0 && !literals.isEmpty() ? literals : names;
    if (pool.size() < 2) {
      return;
    }
    int from = pool.get(random.nextInt(pool.size()));
    int to = pool.get(random.nextInt(pool.size()));
    tokens.set(to, tokens.get(from));
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
