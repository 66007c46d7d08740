package dev.marvel.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs once end to end on tiny data, so it keeps working between real runs. */
class BenchMainTest {

  @TempDir Path work;

  @Test
  void runsEverySystemOnTinyDataAndReportsRatios() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchMain.Options o = BenchMain.Options.parse(new String[] {
        "--sizes", "256KiB", "--runs", "1", "--systems", "hand-written,hadoop-mr-local", "--work", work.toString()});
    assertEquals(0, BenchMain.run(o, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2 + 4, table.lines().count(), table);
    assertTrue(table.contains("| wordcount | 256 KiB | hand-written |"), table);
    assertTrue(table.lines().filter(l -> l.contains("| hand-written |")).allMatch(l -> l.endsWith("| 1.00 |")), table);
    assertTrue(table.contains("| grep 'qu[a-z]+' | 256 KiB | hadoop-mr-local |"), table);
  }
}
