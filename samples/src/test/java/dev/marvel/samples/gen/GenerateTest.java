package dev.marvel.samples.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Generate.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void generatesTextOfTheGivenSize() throws Exception {
    Path text = dir.resolve("text");
    assertEquals(0, run("text", text.toString(), "--size", "64KiB", "--files", "2"));
    assertEquals(65_536, Files.size(text.resolve("part-00000.txt"))
        + Files.size(text.resolve("part-00001.txt")));
    assertTrue(out.toString().startsWith("text: 2 files, "), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void optionsMayComeFirstAndUseEquals() throws Exception {
    Path text = dir.resolve("text");
    assertEquals(0, run("text", "--size=1KB", "--files", "1", text.toString()));
    assertEquals(1_000, Files.size(text.resolve("part-00000.txt")));
  }

  @Test
  void generatesBdbTablesByRowsOrBySize() throws Exception {
    assertEquals(0, run("bdb", dir.resolve("rows").toString(), "--rankings", "10",
        "--uservisits", "30", "--files", "1", "--seed", "5"));
    assertEquals(30, Files.readAllLines(dir.resolve("rows/uservisits/part-00000.csv")).size());
    assertTrue(out.toString().contains("uservisits: 1 files, 30 rows, "), out.toString());
    assertEquals(0, run("bdb", dir.resolve("sized").toString(), "--size", "100KB"));
    assertEquals(4, Files.list(dir.resolve("sized/rankings")).count());
  }

  @Test
  void mistakesAreExplainedWithUsage() {
    assertEquals(2, run("pictures", dir.toString()));
    assertTrue(err.toString().startsWith(
        "error: unknown data set `pictures`; expected `text` or `bdb`\nusage: gen text"),
        err.toString());
    assertUsageError("`text` needs --size", "text", dir.resolve("a").toString());
    assertUsageError("`12 parsecs` is not a size; write e.g. 1048576, 64MiB, 1.5GiB or 10MB",
        "text", dir.resolve("a").toString(), "--size", "12 parsecs");
    assertUsageError("unknown option `--color`", "text", "d", "--color", "red");
    assertUsageError("option `--size` needs a value", "text", "d", "--size");
    assertUsageError("`bdb` needs either --size or both --rankings and --uservisits",
        "bdb", "d", "--size", "1MiB", "--rankings", "3");
    assertUsageError("give both --rankings and --uservisits", "bdb", "d", "--rankings", "3");
    assertUsageError("--seed `x` is not a whole number", "text", "d", "--size", "1", "--seed", "x");
    assertUsageError("the number of files must be 1 to 99999, got 0",
        "text", dir.resolve("b").toString(), "--size", "1", "--files", "0");
    assertUsageError("expected the directory to write to", "text", "--size", "1");
    assertUsageError("expected one directory, got a b", "text", "a", "b", "--size", "1");
    assertUsageError("expected `text` or `bdb` and a directory");
  }

  @Test
  void anUnwritableDirectoryIsAnIoError() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertEquals(1, run("text", file.toString(), "--size", "1"));
    assertEquals("error: could not write the data: " + file + " exists and is not a directory\n",
        err.toString());
  }

  @Test
  void sizesAreParsedWithBinaryAndDecimalUnits() {
    assertEquals(1_048_576, ByteSize.parse("1048576"));
    assertEquals(64L << 20, ByteSize.parse("64MiB"));
    assertEquals(3L << 29, ByteSize.parse("1.5GiB"));
    assertEquals(10_000_000, ByteSize.parse("10MB"));
    assertEquals(512 * 1024, ByteSize.parse("512k"));
    assertEquals(2048, ByteSize.parse("2 kib"));
    assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("5i"));
    assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-1"));
    assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("100000000TiB"));
  }

  private void assertUsageError(String message, String... args) {
    err.getBuffer().setLength(0);
    assertEquals(2, run(args));
    assertTrue(err.toString().startsWith("error: " + message + "\n"), err.toString());
  }
}
