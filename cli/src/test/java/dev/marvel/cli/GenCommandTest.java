package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenCommandTest {

  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return Marvelc.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void writesATextCorpusOfTheRequestedSize() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path corpus = dir.resolve("corpus");
    assertEquals(0, run(out, err, "gen", "text", corpus.toString(), "--size", "64KiB", "--files", "2"), err.toString());
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(64 * 1024, files.mapToLong(p -> p.toFile().length()).sum());
    }
  }

  @Test
  void aMistakeIsAUsageErrorThatShowsTheForms() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(2, run(out, err, "gen", "tpch", dir.toString()));
    assertTrue(err.toString().startsWith("error: unknown data set `tpch`; expected `text` or `bdb`"), err.toString());
  }

  @Test
  void helpDescribesBothDataSets() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "gen", "--help"));
    assertTrue(out.toString().contains("marvelc gen bdb  DIR"), out.toString());
  }
}
