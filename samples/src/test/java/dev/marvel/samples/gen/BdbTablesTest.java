package dev.marvel.samples.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.oracle.BdbOracle;
import dev.marvel.samples.oracle.TextLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BdbTablesTest {

  private static final Pattern RANKING = Pattern.compile("http://www\\.[a-z]+\\.[a-z]+/[0-9a-z]+"
      + "\\.html,[1-9][0-9]{0,3},([1-9][0-9]?|100)");
  private static final Pattern VISIT = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3},http://[^,]+,"
      + "\\d{4}-\\d{2}-\\d{2},\\d{1,3}\\.\\d{6},[^,]+,[A-Z]{3},[a-z]{2}-[A-Z]{2},[a-z]+,\\d+");

  @TempDir
  Path dir;

  @Test
  void rowsHaveTheBenchmarksFormat() throws IOException {
    BdbFiles bdb = BdbTables.write(dir.resolve("bdb"), 500, 4_000, 5, 3);
    assertEquals(dir.resolve("bdb/rankings"), bdb.rankingsDir());
    assertEquals(3, bdb.uservisits().files().size());
    List<String> pages = TextLines.of(List.of(bdb.rankingsDir()));
    List<String> visits = TextLines.of(List.of(bdb.uservisitsDir()));
    assertEquals(500, pages.size());
    assertEquals(4_000, visits.size());
    assertEquals(bdb.rankings().bytes() + bdb.uservisits().bytes(),
        totalSize(bdb.rankings()) + totalSize(bdb.uservisits()));
    for (String page : pages) {
      assertTrue(RANKING.matcher(page).matches(), page);
    }
    LocalDate first = LocalDate.of(1970, 1, 1);
    LocalDate last = LocalDate.of(2020, 12, 31);
    for (String visit : visits) {
      assertTrue(VISIT.matcher(visit).matches(), visit);
      String[] fields = visit.split(",");
      for (String octet : fields[0].split("\\.")) {
        assertTrue(Integer.parseInt(octet) <= 255, visit);
      }
      LocalDate day = LocalDate.parse(fields[2]);
      assertFalse(day.isBefore(first) || day.isAfter(last), visit);
    }
  }

  @Test
  void everyVisitPointsAtARankedPage() throws IOException {
    BdbFiles bdb = BdbTables.write(dir.resolve("bdb"), 300, 3_000, 9, 2);
    Set<String> urls = new HashSet<>();
    for (String page : TextLines.of(List.of(bdb.rankingsDir()))) {
      assertTrue(urls.add(page.split(",")[0]), "unique pageURL " + page);
    }
    Set<String> visited = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    for (String visit : TextLines.of(List.of(bdb.uservisitsDir()))) {
      String[] fields = visit.split(",");
      assertTrue(urls.contains(fields[1]), visit);
      visited.add(fields[1]);
      addresses.add(fields[0]);
    }
    assertTrue(visited.size() > 250, "visits spread over the pages: " + visited.size());
    assertTrue(addresses.size() < 1_000, "source IPs repeat: " + addresses.size());
  }

  @Test
  void sameSeedSameBytesWhateverTheNumberOfFiles() throws IOException {
    BdbFiles one = BdbTables.write(dir.resolve("one"), 200, 1_000, 3, 1);
    BdbFiles three = BdbTables.write(dir.resolve("three"), 200, 1_000, 3, 3);
    BdbFiles again = BdbTables.write(dir.resolve("again"), 200, 1_000, 3, 3);
    BdbFiles other = BdbTables.write(dir.resolve("other"), 200, 1_000, 4, 3);
    assertArrayEquals(concat(one.uservisits()), concat(three.uservisits()));
    assertArrayEquals(concat(one.rankings()), concat(three.rankings()));
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(Files.readAllBytes(three.uservisits().files().get(i)),
          Files.readAllBytes(again.uservisits().files().get(i)));
    }
    assertFalse(new String(concat(three.uservisits())).equals(new String(concat(other.uservisits()))));
  }

  @Test
  void theBenchmarkQueriesHaveAnswersOnGeneratedData() throws Exception {
    BdbFiles bdb = BdbTables.write(dir.resolve("bdb"), 1_000, 20_000, 1, 2);
    try (BdbOracle oracle = BdbOracle.load(bdb.rankingsDir(), bdb.uservisitsDir())) {
      // pageRank is log-uniform over 1..9999: about 25, 50 and 75 % of pages pass 1000, 100, 10.
      assertFraction(oracle.scan(1000).size() / 1000.0, 0.25);
      assertFraction(oracle.scan(100).size() / 1000.0, 0.50);
      assertFraction(oracle.scan(10).size() / 1000.0, 0.75);
      int prefixes = oracle.aggregation(8).size();
      assertTrue(prefixes > 100 && prefixes < 5_000, prefixes + " prefixes");
      List<List<String>> best = oracle.join(LocalDate.of(1980, 1, 1), LocalDate.of(1980, 4, 1));
      assertEquals(1, best.size());
      assertTrue(Double.parseDouble(best.get(0).get(1)) > 0, best.toString());
    }
  }

  @Test
  void sizingByBytesComesClose() throws IOException {
    long visits = BdbTables.uservisitsForBytes(2_000_000);
    BdbFiles bdb = BdbTables.write(dir.resolve("bdb"), BdbTables.rankingsFor(visits), visits, 1, 2);
    long bytes = bdb.rankings().bytes() + bdb.uservisits().bytes();
    assertTrue(bytes > 1_800_000 && bytes < 2_200_000, bytes + " bytes");
  }

  @Test
  void visitsNeedPages() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BdbTables.write(dir.resolve("x"), 0, 10, 1, 1));
    assertEquals("uservisits rows need at least one rankings row to visit", e.getMessage());
  }

  private static void assertFraction(double actual, double expected) {
    assertTrue(Math.abs(actual - expected) < 0.05, actual + " is not about " + expected);
  }

  private static long totalSize(Generated generated) throws IOException {
    long size = 0;
    for (Path file : generated.files()) {
      size += Files.size(file);
    }
    return size;
  }

  private static byte[] concat(Generated generated) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Path file : generated.files()) {
      all.write(Files.readAllBytes(file));
    }
    return all.toByteArray();
  }
}
