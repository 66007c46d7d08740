package dev.marvel.samples.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrepOracleTest {

  @TempDir
  Path dir;

  @Test
  void countsEveryMatchByItsWholeText() throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"),
        "dfs.name.dir and dfs.data.dir\nno match here\r\ndfsadmin dfs.name.dir\n");
    assertEquals(List.of(
        List.of("dfs.data.dir", "1"),
        List.of("dfs.name.dir", "2"),
        List.of("dfsadmin", "1")), GrepOracle.run(List.of(input), "dfs[a-z.]+"));
  }

  @Test
  void aGroupInThePatternDoesNotChangeWhatIsCounted() throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"), "ab1 ab2 ab1");
    assertEquals(List.of(List.of("ab1", "2"), List.of("ab2", "1")),
        GrepOracle.run(List.of(input), "a(b)\\d"));
  }

  @Test
  void matchesStopAtLineEnds() throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"), "x\r\ny\n");
    assertEquals(List.of(List.of("x", "1"), List.of("y", "1")),
        GrepOracle.run(List.of(input), "[^\\n]+"));
    assertEquals(List.of(), GrepOracle.run(List.of(input), "\\r"));
  }
}
