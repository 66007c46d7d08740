package dev.marvel.samples.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowComparatorTest {

  private static final List<List<String>> SUMS = List.of(
      List.of("a", "0.30000000000000004"), List.of("b", "12.5"));

  @Test
  void exactComparisonIgnoresRowOrderOnly() {
    RowComparator exact = RowComparator.exact();
    exact.assertSameRows(SUMS, List.of(SUMS.get(1), SUMS.get(0)));
    assertEquals(Optional.of("row 1 of 2 (sorted): field 1 differs\n"
            + "  expected [a, 0.30000000000000004]\n  actual   [a, 0.3]"),
        exact.difference(SUMS, List.of(List.of("a", "0.3"), SUMS.get(1))));
  }

  @Test
  void approximateColumnsAllowSummationOrderDifferences() {
    RowComparator sums = RowComparator.approximate(1);
    sums.assertSameRows(SUMS, List.of(List.of("b", "12.500000000000002"), List.of("a", "0.3")));
    assertEquals(Optional.of("row 2 of 2 (sorted): field 1 differs by more than relative 1.0E-9\n"
            + "  expected [b, 12.5]\n  actual   [b, 12.5001]"),
        sums.difference(SUMS, List.of(List.of("a", "0.3"), List.of("b", "12.5001"))));
  }

  @Test
  void approximateColumnsStillNeedNumbersAndKeepIntegersExact() {
    RowComparator sums = RowComparator.approximate(1);
    assertEquals(Optional.of("row 1 of 1 (sorted): field 1 differs by more than relative 1.0E-9\n"
            + "  expected [a, 1.0]\n  actual   [a, one]"),
        sums.difference(List.of(List.of("a", "1.0")), List.of(List.of("a", "one"))));
    assertEquals(Optional.of("row 1 of 1 (sorted): field 0 differs\n"
            + "  expected [1, 1.0]\n  actual   [1.0, 1.0]"),
        sums.difference(List.of(List.of("1", "1.0")), List.of(List.of("1.0", "1.0"))));
    sums.assertSameRows(List.of(List.of("a", "NaN")), List.of(List.of("a", "NaN")));
  }

  @Test
  void missingAndExtraRowsAreNamed() {
    RowComparator exact = RowComparator.exact();
    assertEquals(Optional.of("expected 2 rows but got 1; first unmatched: [b, 12.5]"),
        exact.difference(SUMS, List.of(SUMS.get(0))));
    AssertionError e = assertThrows(AssertionError.class,
        () -> exact.assertSameRows(List.of(), List.of(List.of("x"))));
    assertEquals("expected 0 rows but got 1; first unmatched: [x]", e.getMessage());
    assertEquals(Optional.of("row 1 of 1 (sorted): 1 fields expected, 2 found\n"
            + "  expected [x]\n  actual   [x, y]"),
        exact.difference(List.of(List.of("x")), List.of(List.of("x", "y"))));
  }

  @Test
  void readsTsvOutputFromPartFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("part-00001"), "b\t2\n");
    Files.writeString(dir.resolve("part-00000"), "a\t1\n\t3\n");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    assertEquals(List.of(List.of("", "3"), List.of("a", "1"), List.of("b", "2")),
        Rows.readTsv(dir));
  }
}
