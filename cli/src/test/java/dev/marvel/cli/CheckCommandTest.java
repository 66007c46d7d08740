package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marvelc check} run in-process: exit codes, text and JSON output, unreadable inputs. */
class CheckCommandTest {
  private static final String CLEAN = """
      pipeline wordcount(input: path, output: path) {
        counts = read text(input)
               | explode word = tokenize(lower(line))
               | group by word aggregate n = count()
        write counts to tsv(output)
      }
      """;
  private static final String MISSPELT = """
      pipeline wordcount(input: path, output: path) {
        counts = read text(input)
               | explode word = tokenize(lower(lines))
               | group by word aggregate n = count()
        write counts to tsv(output)
      }
      """;
  private static final String UNUSED_PARAM = CLEAN.replace("output: path)", "output: path, k: int = 3)");

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void cleanFileExitsZero() throws IOException {
    String f = write("wc.mvl", CLEAN);
    Run r = run("check", f);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(f + ": no problems found\n", r.out());
  }

  @Test
  void warningsAloneStillExitZero() throws IOException {
    Run r = run("check", write("wc.mvl", UNUSED_PARAM));
    assertEquals(0, r.exit());
    assertTrue(r.err().contains("warning[W0602]: parameter `k` is never used"), r.err());
    assertTrue(r.err().endsWith("warning: 1 warning emitted\n"), r.err());
  }

  @Test
  void errorsExitOneWithRenderedDiagnostics() throws IOException {
    String f = write("wc.mvl", MISSPELT);
    Run r = run("check", f);
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("error[E0301]: unknown column `lines`\n"), r.err());
    assertTrue(r.err().contains("did you mean `line`?"), r.err());
    assertTrue(r.err().endsWith("error: could not check `" + f + "` due to 1 previous error\n"), r.err());
  }

  @Test
  void jsonIsOneDocumentWithEveryField() throws IOException {
    String bad = write("bad.mvl", MISSPELT);
    String good = write("good.mvl", CLEAN);
    Run r = run("check", "--format", "json", good, bad);
    assertEquals(1, r.exit());
    JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(1, doc.get("errors").getAsInt());
    assertEquals(0, doc.get("warnings").getAsInt());
    JsonArray diagnostics = doc.getAsJsonArray("diagnostics");
    assertEquals(1, diagnostics.size());
    JsonObject d = diagnostics.get(0).getAsJsonObject();
    assertEquals(bad, d.get("file").getAsString());
    assertEquals("E0301", d.get("code").getAsString());
    assertEquals("error", d.get("severity").getAsString());
    assertEquals("unknown column `lines`", d.get("message").getAsString());
    assertEquals("not a column or parameter", d.get("label").getAsString());
    assertTrue(d.getAsJsonArray("help").get(0).getAsString().startsWith("did you mean `line`?"));
    assertEquals(3, d.get("line").getAsInt());
    assertEquals(42, d.get("column").getAsInt());
    assertEquals(3, d.get("endLine").getAsInt());
    assertEquals(47, d.get("endColumn").getAsInt());
    assertEquals(MISSPELT.indexOf("lines))"), d.get("offset").getAsInt());
    assertEquals(5, d.get("length").getAsInt());
    assertEquals("", r.err());
  }

  @Test
  void missingFileAndDirectoryAreDiagnosticsNotTraces() throws IOException {
    String missing = dir.resolve("nope.mvl").toString();
    Run r = run("check", missing, dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0901]: file `" + missing + "` not found"), r.err());
    assertTrue(r.err().contains("error[E0902]: `" + dir + "` is a directory, not a .mvl file"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void parametersAreBoundWhenGiven() throws IOException {
    String f = write("wc.mvl", CLEAN);
    assertEquals(0, run("check", f, "-p", "input=in.txt", "-p", "output=out").exit());
    Run r = run("check", f, "-p", "inptu=in.txt", "-p", "output=out");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0110]: unknown parameter `inptu` (from -p)"), r.err());
    assertTrue(r.err().contains("= help: did you mean `input`?"), r.err());
    assertTrue(r.err().contains("error[E0110]: missing value for parameter `input` (path) (from -p)"), r.err());
  }

  /** Two pipelines with different parameters: -p values are meant for one of them. */
  private static final String TWO_PIPELINES = CLEAN + """

      schema Rankings (pageURL: string, pageRank: int)
      pipeline scan(rankings: path, result: path, x: int = 10) {
        top = read csv(rankings) as Rankings | where pageRank > x
        write top to tsv(result)
      }
      """;

  @Test
  void parametersAreBoundToTheChosenPipelineOnly() throws IOException {
    String f = write("two.mvl", TWO_PIPELINES);
    Run scan = run("check", f, "--pipeline", "scan", "-p", "rankings=r", "-p", "result=out", "-p", "x=5");
    assertEquals(0, scan.exit(), scan.err());
    Run wc = run("check", f, "--pipeline", "wordcount", "-p", "input=in.txt", "-p", "output=out");
    assertEquals(0, wc.exit(), wc.err());

    Run unknown = run("check", f, "--pipeline", "scan", "-p", "rankings=r", "-p", "reslt=out");
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("error[E0110]: unknown parameter `reslt` (from -p)"), unknown.err());
    assertTrue(unknown.err().contains("= help: did you mean `result`?"), unknown.err());
    assertTrue(unknown.err().contains("= help: parameters of `scan`: rankings, result, x"), unknown.err());
    assertTrue(unknown.err().endsWith("due to 2 previous errors\n"), "and `result` is missing: " + unknown.err());
    assertFalse(unknown.err().contains("wordcount"), "the other pipeline is not involved: " + unknown.err());
  }

  @Test
  void parametersForAFileWithSeveralPipelinesNeedThePipelineNamed() throws IOException {
    String f = write("two.mvl", TWO_PIPELINES);
    Run none = run("check", f, "-p", "input=in.txt", "-p", "output=out");
    assertEquals(1, none.exit());
    assertTrue(none.err().contains("error[E0110]: -p values given, but the file has 2 pipelines; say which with"
        + " --pipeline NAME"), none.err());
    assertTrue(none.err().contains("= help: its pipelines are `wordcount`, `scan`"), none.err());

    Run misspelt = run("check", f, "--pipeline", "scna", "-p", "rankings=r");
    assertEquals(1, misspelt.exit());
    assertTrue(misspelt.err().contains("error[E0110]: no pipeline `scna` (from --pipeline)"), misspelt.err());
    assertTrue(misspelt.err().contains("= help: did you mean `scan`?"), misspelt.err());
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String f = write("wc.mvl", CLEAN);
    assertEquals(2, run("check").exit());
    assertEquals(2, run("check", "--format", "xml", f).exit());
    Run r = run("check", f, "-p", "novalue");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("-p expects NAME=VALUE, got 'novalue'"), r.err());
  }

  @Test
  void findsUdfsOnTheGivenClasspath() throws IOException {
    Path classes = dir.resolve("classes");
    Path source = dir.resolve("src/demo/Shout.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package demo;
        public final class Shout {
          public static String shout(String s) { return s.toUpperCase() + "!"; }
        }
        """);
    int compiled = javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), source.toString());
    assertEquals(0, compiled);
    String f = write("loud.mvl", """
        use function demo.Shout.shout(string): string

        pipeline loud(input: path, output: path) {
          lines = read text(input) | select line = shout(line)
          write lines to text(output)
        }
        """);
    Run without = run("check", f);
    assertEquals(1, without.exit());
    assertTrue(without.err().contains("error[E0410]: class `demo.Shout` was not found on the classpath"), without.err());
    Run with = run("check", "--classpath", classes.toString(), f);
    assertEquals(0, with.exit(), with.err());
  }
}
