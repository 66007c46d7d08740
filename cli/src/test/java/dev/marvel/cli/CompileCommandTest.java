package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code marvelc compile} run in-process: a valid bundle for every sample, clear errors otherwise. */
class CompileCommandTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @CsvSource({
      "wordcount, input=/data/in",
      "grep, input=/data/in;pattern=dfs[a-z.]+",
      "bdb-scan, rankings=/data/r",
      "bdb-aggregation, uservisits=/data/u",
      "bdb-join, rankings=/data/r;uservisits=/data/u"})
  void everySampleCompilesIntoAValidBundle(String sample, String params) throws IOException {
    Path bundle = dir.resolve(sample);
    List<String> args = new ArrayList<>(List.of("compile", "../samples/" + sample + "/" + sample + ".mvl",
        "-o", bundle.toString(), "-p", "output=/data/out"));
    for (String p : params.split(";")) {
      args.add("-p");
      args.add(p);
    }
    Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    Bundle loaded = Bundle.load(bundle);
    String manifest = Files.readString(bundle.resolve("manifest.yaml"));
    assertTrue(manifest.contains("\"driver\":") && manifest.contains("dev.marvel.runtime.openwhisk.DriverAction"),
        manifest);
    for (Stage s : loaded.plan().stages()) {
      assertTrue(Files.size(loaded.actionJar(s)) > 0);
      assertTrue(manifest.contains("\"" + s.action() + "\":") && manifest.contains("\"" + s.mainClass() + "\""),
          manifest);
    }
  }

  @Test
  void anUnsupportedConstructIsAnErrorAtItsSpan() throws IOException {
    Path f = dir.resolve("delimiter.mvl");
    Files.writeString(f, """
        pipeline sections(a: path, output: path) {
          x = read csv(a, delimiter = "§") as (name: string, n: int)
          write x to tsv(output)
        }
        """);
    Run r = run("compile", f.toString(), "-o", dir.resolve("b").toString(), "-p", "a=/a", "-p", "output=/out");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains("error[E0590]: the `delimiter` of a csv source must be one ASCII character"),
        r.err());
    assertTrue(r.err().contains("delimiter.mvl:2:"), r.err());
  }

  @Test
  void twoSinksBoundToOnePathAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path f = dir.resolve("same.mvl");
    Files.writeString(f, """
        pipeline same(input: path, out: path, other: path) {
          lines = read text(input)
          long = lines | where length(line) > 10
          write lines to tsv(out)
          write long to tsv(other)
        }
        """);
    Path in = Files.writeString(dir.resolve("in.txt"), "a short line\nand a much longer one\n");
    Path out = dir.resolve("out");
    String cache = System.getProperty("marvel.cache");
    System.setProperty("marvel.cache", dir.resolve("cache").toString());
    try {
      runBoth(f, in, out);
    } finally {
      if (cache == null) {
        System.clearProperty("marvel.cache");
      } else {
        System.setProperty("marvel.cache", cache);
      }
    }
  }

  private void runBoth(Path f, Path in, Path out) {
    Run r = run("run", f.toString(), "-p", "input=" + in, "-p", "out=" + out, "-p", "other=" + out + "/");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("error[E0516]: `long` and `lines` are both written to `" + out + "`"), r.err());
    assertTrue(r.err().contains("same.mvl:5:3"), r.err());
    assertTrue(r.err().contains("give each `write` its own output path"), r.err());
    assertTrue(Files.notExists(out), "nothing written");
    Run apart = run("run", f.toString(), "-p", "input=" + in, "-p", "out=" + out, "-p",
        "other=" + dir.resolve("other"));
    assertEquals(0, apart.exit(), apart.err());
  }

  @Test
  void programErrorsAreReportedLikeCheck() throws IOException {
    Path f = dir.resolve("typo.mvl");
    Files.writeString(f, "pipeline p(input: path, output: path) {\n  x = read text(input) | where lenght(line) > 2\n"
        + "  write x to tsv(output)\n}\n");
    Run r = run("compile", f.toString(), "-o", dir.resolve("b").toString(), "-p", "input=/in", "-p", "output=/out");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E04") && r.err().contains("could not check"), r.err());
    assertTrue(Files.notExists(dir.resolve("b")));
  }
}
