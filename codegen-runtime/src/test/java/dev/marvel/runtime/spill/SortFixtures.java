package dev.marvel.runtime.spill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Records to sort and an independent oracle (a stable in-memory sort) for sort tests. */
final class SortFixtures {
  private SortFixtures() {}

  record Pair(byte[] key, byte[] value) {}

  /** Keys from a small space so many repeat: the sort must keep equal keys in input order. */
  static List<Pair> randomRecords(Random random, long totalBytes) {
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

  static List<Pair> inMemoryStableSort(List<Pair> input) {
    List<Pair> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(Pair::key, Arrays::compareUnsigned)); // List.sort is stable
    return sorted;
  }

  static List<Pair> drain(SpillingSorter sorter) {
    List<Pair> output = new ArrayList<>();
    try (SortedRecords records = sorter.sorted()) {
      while (records.next()) {
        output.add(new Pair(records.key(), records.value()));
      }
    }
    return output;
  }

  static void assertSameRecords(List<Pair> expected, List<Pair> actual) {
    assertEquals(expected.size(), actual.size(), "record count");
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).key(), actual.get(i).key(), "key of record " + i);
      assertArrayEquals(expected.get(i).value(), actual.get(i).value(), "value of record " + i);
    }
  }
}
