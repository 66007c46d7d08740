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

/** {@code marvelc fmt} in-process: rewriting in place, {@code --check}, files it must not touch. */
class FmtCommandTest {
  private static final String FORMATTED = """
      pipeline wordcount(input: path, output: path) {
        counts = read text(input)
               | explode word = tokenize(lower(line)) // words
               | group by word aggregate n = count()
        write counts to tsv(output)
      }
      """;
  private static final String MESSY = """
      pipeline wordcount(input:path,output:path){
      counts=read text(input)|explode word=tokenize(lower(line)) // words
         |group by word aggregate n=count()
      write counts to tsv(output)}
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

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void rewritesAMessyFileInPlace() throws IOException {
    Path f = write("wc.mvl", MESSY);
    Run r = run("fmt", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("formatted " + f + "\n", r.out());
    assertEquals(FORMATTED, Files.readString(f));
    Run again = run("fmt", f.toString());
    assertEquals(0, again.exit());
    assertEquals("", again.out());
  }

  @Test
  void checkListsUnformattedFilesAndChangesNothing() throws IOException {
    Path messy = write("messy.mvl", MESSY);
    Path clean = write("clean.mvl", FORMATTED);
    Run r = run("fmt", "--check", clean.toString(), messy.toString());
    assertEquals(1, r.exit());
    assertEquals(messy + "\n", r.out());
    assertTrue(r.err().contains("1 file is not formatted"), r.err());
    assertEquals(MESSY, Files.readString(messy));
    assertEquals(0, run("fmt", "--check", clean.toString()).exit());
  }

  @Test
  void theSamplesPassTheirOwnFormatter() throws IOException {
    String[] args;
    try (var files = Files.walk(Path.of("../samples"))) {
      args = java.util.stream.Stream.concat(java.util.stream.Stream.of("fmt", "--check"),
          files.map(Path::toString).filter(p -> p.endsWith(".mvl") && !p.contains("/target/")).sorted()).toArray(String[]::new);
    }
    assertTrue(args.length >= 7, "the five samples: " + String.join(" ", args));
    Run r = run(args);
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
  }

  @Test
  void aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws IOException {
    String broken = MESSY.replace("aggregate", "agregate");
    Path f = write("broken.mvl", broken);
    Run r = run("fmt", f.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0012]"), r.err());
    assertTrue(r.err().contains("could not format `" + f + "`"), r.err());
    assertEquals(broken, Files.readString(f));
  }

  @Test
  void aMissingFileIsAnError() {
    Run r = run("fmt", dir.resolve("nope.mvl").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E0901]"), r.err());
  }
}
