package dev.marvel.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.ast.AstPrinter;
import dev.marvel.ast.Program;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Parse never throws and always returns a program, whatever the input: random edits of the
 * samples (fixed seed), every prefix of one sample, and pathological nesting and length.
 */
class ParserRobustnessTest {
  private static final List<String> SAMPLES = List.of("wordcount", "grep", "bdb-aggregation", "bdb-join", "bdb-scan");
  private static final Pattern TOKEN = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+|==|!=|<=|>=|\\S");
  private static final List<String> NOISE = List.of("(", ")", "|", ",", "=", "==", "\"", "`", "/*", "*/", "//", "\\",
      "{", "}", ":", ".", ";", "-", "not", "where", "select", "group", "by", "aggregate", "case", "when", "end", "if",
      "then", "else", "join", "on", "union", "read", "write", "to", "as", "pipeline", "schema", "use", "function",
      "list<", ">", "date", "#", "\t", "\n", "\uD83D\uDE00", "\uD83D", "99999999999999999999", "1e999", "42L", "\"\\q\"",
      "cast(", "between", "and", "in", "is", "null", "matches");

  private static String sample(String name) throws IOException {
    return ParserSmokeTest.sample(name).text();
  }

  /** Parses and checks the result is usable: a program, printable, no internal error, sane spans. */
  private static Program parseChecked(String source) {
    SourceFile file = new SourceFile("fuzz.mvl", source);
    Diagnostics diagnostics = new Diagnostics();
    Program program = Parser.parse(file, diagnostics);
    assertNotNull(program);
    assertNotNull(AstPrinter.print(program));
    for (Diagnostic d : diagnostics.all()) {
      assertFalse(d.code().startsWith("B"), () -> "internal error on input:\n" + source + "\n" + d);
      assertTrue(d.span().end() <= source.length(), () -> "span outside the file: " + d);
    }
    assertNotNull(new DiagnosticRenderer().renderAll(diagnostics, "fuzz.mvl"));
    return program;
  }

  @Test
  void randomEditsOfTheSamples() throws IOException {
    Random random = new Random(20261126L);
    for (String name : SAMPLES) {
      String source = sample(name);
      for (int round = 0; round < 150; round++) {
        String mutated = source;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
          mutated = mutate(mutated, random);
        }
        parseChecked(mutated);
      }
    }
  }

  @Test
  void everyPrefixOfASample() throws IOException {
    String source = sample("bdb-join");
    for (int end = 0; end <= source.length(); end++) {
      parseChecked(source.substring(0, end));
    }
  }

  @Test
  void aHundredThousandParentheses() {
    String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
    Program program = parseChecked("pipeline p(a: path) {\n  x = read text(a) | where " + deep + "\n  write x to tsv(a)\n}\n");
    assertEquals(1, program.pipelines().size());
  }

  @Test
  void otherPathologicalShapes() {
    String head = "pipeline p(a: path) {\n  x = read text(a) | where ";
    String tail = "\n  write x to tsv(a)\n}\n";
    parseChecked(head + "not ".repeat(100_000) + "true" + tail);
    parseChecked(head + "- ".repeat(100_000) + "1 > 0" + tail);
    parseChecked(head + "1 + ".repeat(20_000) + "1 > 0" + tail);
    parseChecked(head + "if true then ".repeat(10_000) + "true" + tail);
    parseChecked(head + "case when true then ".repeat(10_000) + "true" + tail);
    parseChecked(head + "f(".repeat(10_000) + tail);
    parseChecked("schema S (a: " + "list<".repeat(100_000) + "int" + ">".repeat(100_000) + ")");
    parseChecked("pipeline p() {\n" + "  x = y | where a > 1\n".repeat(2_000) + "}\n");
    parseChecked("\"" + "x".repeat(1_000_000));
    parseChecked("/*" + "*".repeat(1_000_000));
  }

  @Test
  void aLongFlatChainIsCutWithADiagnostic() {
    Diagnostics diagnostics = new Diagnostics();
    String source = "pipeline p(a: path) {\n  x = read text(a) | where " + "1 + ".repeat(5_000) + "1 > 0\n}\n";
    Parser.parse(new SourceFile("long.mvl", source), diagnostics);
    assertEquals(List.of(SyntaxMessages.EXPRESSION_TOO_LONG), diagnostics.all().stream().map(Diagnostic::code).toList());
  }

  private static String mutate(String source, Random random) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(source);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    if (tokens.isEmpty()) {
      return source + NOISE.get(random.nextInt(NOISE.size()));
    }
    int[] t = tokens.get(random.nextInt(tokens.size()));
    int at = random.nextInt(source.length() + 1);
    return switch (random.nextInt(6)) {
      case 0 -> source.substring(0, t[0]) + source.substring(t[1]);
      case 1 -> source.substring(0, t[1]) + " " + source.substring(t[0], t[1]) + source.substring(t[1]);
      case 2 -> source.substring(0, t[0]) + NOISE.get(random.nextInt(NOISE.size())) + " " + source.substring(t[0]);
      case 3 -> at == source.length() ? source : source.substring(0, at) + source.substring(at + 1);
      case 4 -> source.substring(0, at) + (char) (32 + random.nextInt(95)) + source.substring(at);
      default -> source.substring(0, at);
    };
  }
}
