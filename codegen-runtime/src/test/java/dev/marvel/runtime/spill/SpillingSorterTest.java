package dev.marvel.runtime.spill;

import static dev.marvel.runtime.spill.SortFixtures.assertSameRecords;
import static dev.marvel.runtime.spill.SortFixtures.drain;
import static dev.marvel.runtime.spill.SortFixtures.inMemoryStableSort;
import static dev.marvel.runtime.spill.SortFixtures.randomRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import dev.marvel.runtime.spill.SortFixtures.Pair;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingSorterTest {
  @TempDir Path spills;

  @Test
  void sortsFiveMegabytesWithinA64KibBudgetLikeAnInMemorySort() throws IOException {
    List<Pair> input = randomRecords(new Random(42), 5 << 20);
    SpillingSorter sorter = new SpillingSorter(new DirectorySpillArea(spills), 64 * 1024);
    input.forEach(p -> sorter.add(p.key(), p.value()));

    List<Pair> output = drain(sorter);

    assertSameRecords(inMemoryStableSort(input), output);
    assertTrue(sorter.spillCount() > 50, "spills: " + sorter.spillCount());
    assertTrue(sorter.mergePasses() >= 1, "a 64 KiB budget cannot merge all runs at once");
    assertTrue(sorter.spilledBytes() > 5L << 20);
    sorter.close();
    assertEquals(List.of(), filesIn(spills), "spills left after close");
  }

  @Test
  void smallInputIsSortedInMemoryWithoutSpilling() throws IOException {
    List<Pair> input = randomRecords(new Random(7), 20_000);
    try (SpillingSorter sorter = new SpillingSorter(new DirectorySpillArea(spills), 1 << 20)) {
      input.forEach(p -> sorter.add(p.key(), p.value()));
      assertSameRecords(inMemoryStableSort(input), drain(sorter));
      assertEquals(0, sorter.spillCount());
    }
    assertEquals(List.of(), filesIn(spills));
  }

  @Test
  void recordLargerThanTheBudgetStillSorts() {
    byte[] big = new byte[100 * 1024];
    try (SpillingSorter sorter = new SpillingSorter(new DirectorySpillArea(spills), 32 * 1024)) {
      sorter.add(new byte[] {2}, big);
      sorter.add(new byte[] {1}, new byte[] {9});
      sorter.add(new byte[] {3}, big);
      List<Pair> output = drain(sorter);
      assertEquals(3, output.size());
      assertArrayEquals(new byte[] {9}, output.get(0).value());
      assertEquals(big.length, output.get(1).value().length);
    }
  }

  @Test
  void closingEarlyDeletesSpillsOfAnUnfinishedMerge() throws IOException {
    SpillingSorter sorter = new SpillingSorter(new DirectorySpillArea(spills), 32 * 1024);
    randomRecords(new Random(3), 1 << 20).forEach(p -> sorter.add(p.key(), p.value()));
    SortedRecords records = sorter.sorted();
    assertTrue(records.next());
    assertFalse(filesIn(spills).isEmpty());
    sorter.close();
    assertEquals(List.of(), filesIn(spills));
  }

  @Test
  void refusesRecordsAfterSorting() {
    try (SpillingSorter sorter = new SpillingSorter(new DirectorySpillArea(spills), 64 * 1024)) {
      sorter.sorted();
      assertThrows(IllegalStateException.class, () -> sorter.add(new byte[1], new byte[1]));
    }
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
