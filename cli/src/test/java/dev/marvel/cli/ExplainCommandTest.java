package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marvelc explain} run in-process: plans on stdout, DOT file, parameter and file errors. */
class ExplainCommandTest {
  private static final String WORDCOUNT = """
      pipeline wordcount(input: path, output: path) {
        counts = read text(input)
               | explode word = tokenize(lower(line))
               | group by word aggregate n = count()
        write counts to tsv(output)
      }
      """;

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
  void explainsAllThreePlansAndWritesDot() throws IOException {
    String f = write("wc.mvl", WORDCOUNT);
    Path dot = dir.resolve("wc.dot");
    Run r = run("explain", f, "-p", "input=in.txt", "-p", "output=out", "--parallelism", "3", "--dot", dot.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("== logical plan =="), r.out());
    assertTrue(r.out().contains("physical: LiftCombiner"), r.out());
    assertTrue(r.out().contains("→ shuffle c1 to s2, hash(word) into 3 partitions"), r.out());
    assertTrue(r.out().contains("combine Aggregate[partial] by word compute n = count()"), r.out());
    String graph = Files.readString(dot);
    assertTrue(graph.startsWith("digraph \"wordcount\" {") && graph.contains("s1 -> s2"), graph);
  }

  @Test
  void missingParameterIsAnErrorNotAStackTrace() throws IOException {
    String f = write("wc.mvl", WORDCOUNT);
    Run r = run("explain", f, "-p", "input=in.txt");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0110]: missing value for parameter `output` (path) (from -p)"), r.err());
    assertTrue(r.err().contains("= help: pass it with `-p output="), r.err());
    assertEquals("", r.out());
  }

  @Test
  void fileWithErrorsShowsTheDiagnostics() throws IOException {
    String f = write("bad.mvl", WORDCOUNT.replace("lower(line)", "lower(lines)"));
    Run r = run("explain", f, "-p", "input=in.txt", "-p", "output=out");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("lines"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void severalPipelinesNeedAChoice() throws IOException {
    String f = write("two.mvl", WORDCOUNT + WORDCOUNT.replace("pipeline wordcount", "pipeline other"));
    Run r = run("explain", f, "-p", "input=in.txt", "-p", "output=out");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("has 2 pipelines; say which with --pipeline NAME"), r.err());
    Run chosen = run("explain", f, "--pipeline", "other", "-p", "input=in.txt", "-p", "output=out");
    assertEquals(0, chosen.exit(), chosen.err());
    assertTrue(chosen.out().contains("pipeline other"), chosen.out());
  }

  @Test
  void parametersBindToTheChosenPipelineOnlyAndAnUnknownOneListsItsParameters() throws IOException {
    String other = WORDCOUNT.replace("pipeline wordcount(input: path, output: path)",
        "pipeline other(text: path, counts: path)").replace("read text(input)", "read text(text)")
        .replace("tsv(output)", "tsv(counts)");
    String f = write("two.mvl", WORDCOUNT + other);
    Run chosen = run("explain", f, "--pipeline", "other", "-p", "text=in.txt", "-p", "counts=out");
    assertEquals(0, chosen.exit(), chosen.err());
    Run unknown = run("explain", f, "--pipeline", "other", "-p", "txt=in.txt", "-p", "counts=out");
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("unknown parameter `txt` (from -p)\n  = help: did you mean `text`?\n"
        + "  = help: parameters of `other`: text, counts"), unknown.err());
  }

  @Test
  void aSmallLocalJoinSideIsBroadcast() throws IOException {
    String f = write("j.mvl", """
        pipeline j(big: path, small: path, output: path) {
          a = read csv(big) as (k: string, v: int)
          b = read csv(small) as (k: string, w: int)
          j = join a, b on a.k == b.k
          write j to tsv(output)
        }
        """);
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "x,1\n");
    Run r = run("explain", f, "-p", "big=hdfs://nn/big", "-p", "small=" + small, "-p", "output=out");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Join inner on a.k == b.k broadcast right"), r.out());
  }
}
