package dev.marvel.samples.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's three queries on tables small enough to work out by hand. */
class BdbOracleTest {

  @TempDir
  Path dir;

  private Path rankings;
  private Path uservisits;

  @BeforeEach
  void tables() throws IOException {
    rankings = Files.createDirectory(dir.resolve("rankings"));
    Files.writeString(rankings.resolve("part-00000.csv"), """
        http://a.com/,10,5
        http://b.com/,20,6
        """);
    Files.writeString(rankings.resolve("part-00001.csv"), "http://c.com/,35,7\n");
    uservisits = Files.writeString(dir.resolve("uservisits.csv"), """
        1.2.3.4,http://a.com/,1980-01-01,1.5,UA,USA,en-US,word,3
        1.2.3.4,http://b.com/,1980-04-01,2.25,UA,USA,en-US,word,4
        1.2.3.5,http://c.com/,1980-02-15,3.0,UA,USA,en-US,word,5
        1.2.9.9,http://c.com/,1980-04-02,100.0,UA,USA,en-US,word,6
        1.2.9.9,http://nowhere/,1980-03-01,200.0,UA,USA,en-US,word,7
        10.0.0.1,http://a.com/,1979-12-31,50.0,UA,USA,en-US,word,8
        """);
  }

  @Test
  void scanKeepsPagesRankedAboveX() throws Exception {
    try (BdbOracle bdb = BdbOracle.load(rankings, uservisits)) {
      assertEquals(List.of(List.of("http://b.com/", "20"), List.of("http://c.com/", "35")),
          bdb.scan(10));
      assertEquals(List.of(), bdb.scan(35));
    }
  }

  @Test
  void aggregationSumsRevenueByIpPrefix() throws Exception {
    try (BdbOracle bdb = BdbOracle.load(rankings, uservisits)) {
      assertEquals(List.of(List.of("1.2", "306.75"), List.of("10.", "50.0")),
          bdb.aggregation(3));
      assertEquals(List.of(
              List.of("1.2.3.4", "3.75"), List.of("1.2.3.5", "3.0"), List.of("1.2.9.9", "300.0"),
              List.of("10.0.0.1", "50.0")),
          bdb.aggregation(8), "shorter values are whole prefixes");
      assertEquals(List.of(List.of("", "356.75")), bdb.aggregation(0));
    }
  }

  @Test
  void joinFindsTheBestVisitorWithinTheDatesInclusive() throws Exception {
    try (BdbOracle bdb = BdbOracle.load(rankings, uservisits)) {
      // In range: 1.2.3.4 twice (1.5 + 2.25, ranks 10 and 20), 1.2.3.5 once (3.0, rank 35);
      // 1.2.9.9's visits are out of range or to an unknown page, 10.0.0.1's is a day early.
      assertEquals(List.of(List.of("1.2.3.4", "3.75", "15.0")),
          bdb.join(LocalDate.of(1980, 1, 1), LocalDate.of(1980, 4, 1)));
      assertEquals(List.of(List.of("1.2.3.5", "3.0", "35.0")),
          bdb.join(LocalDate.of(1980, 1, 2), LocalDate.of(1980, 3, 31)));
      assertEquals(List.of(), bdb.join(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1)));
    }
  }

  @Test
  void aMalformedRowSaysWhereItIs() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "http://a.com/,10,5\nhttp://b.com/,x,6\n");
    IOException e = assertThrows(IOException.class, () -> BdbOracle.load(bad, uservisits));
    assertEquals("rankings line 2: `x` is not a INT", e.getMessage());
    Path short_ = Files.writeString(dir.resolve("short.csv"), "http://a.com/,10\n");
    e = assertThrows(IOException.class, () -> BdbOracle.load(short_, uservisits));
    assertTrue(e.getMessage().startsWith("rankings line 1 has 2 fields, expected 3"));
  }
}
