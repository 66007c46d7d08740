package dev.marvel.runtime.spill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingSorterTest {
  @TempDir Path spills;

  private record Pair(byte[] key, byte[] value) {}

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

  /** Keys from a small space so many repeat: the sort must keep equal keys in input order. */
  private static List<Pair> randomRecords(Random random, long totalBytes) {
    List<Pair> records = new ArrayList<>();
    long bytes = 0;
    int serial = 0;
    while (bytes < totalBytes) {
      byte[] key = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < key.length; i++) {
        key[i] = (byte) (random.nextInt(16) * 16); // includes bytes >= 0x80: unsigned order matters
      }
      byte[] value = new byte[8 + random.nextInt(120)];
      random.nextBytes(value);
      value[0] = (byte) (serial >>> 24);
      value[1] = (byte) (serial >>> 16);
      value[2] = (byte) (serial >>> 8);
      value[3] = (byte) serial++;
      records.add(new Pair(key, value));
      bytes += key.length + value.length;
    }
    return records;
  }

  private static List<Pair> inMemoryStableSort(List<Pair> input) {
    List<Pair> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(Pair::key, Arrays::compareUnsigned)); // List.sort is stable
    return sorted;
  }

  private static List<Pair> drain(SpillingSorter sorter) {
    List<Pair> output = new ArrayList<>();
    try (SortedRecords records = sorter.sorted()) {
      while (records.next()) {
        output.add(new Pair(records.key(), records.value()));
      }
    }
    return output;
  }

  private static void assertSameRecords(List<Pair> expected, List<Pair> actual) {
    assertEquals(expected.size(), actual.size(), "record count");
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).key(), actual.get(i).key(), "key of record " + i);
      assertArrayEquals(expected.get(i).value(), actual.get(i).value(), "value of record " + i);
    }
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
