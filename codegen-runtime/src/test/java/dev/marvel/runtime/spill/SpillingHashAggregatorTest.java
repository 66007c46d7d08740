package dev.marvel.runtime.spill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingHashAggregatorTest {
  @TempDir Path spills;

  @Test
  void sumsManyDistinctKeysWithinA64KibBudgetLikeAMap() throws IOException {
    Random random = new Random(17);
    Map<String, Long> expected = new TreeMap<>(); // hex keys: String order = unsigned byte order
    SpillingHashAggregator aggregator = new SpillingHashAggregator(
        new DirectorySpillArea(spills), 64 * 1024, SpillingHashAggregatorTest::sum);
    for (int i = 0; i < 60_000; i++) {
      String key = Integer.toHexString(0x10000 + random.nextInt(10_000));
      long amount = random.nextInt(1000);
      aggregator.add(key.getBytes(StandardCharsets.US_ASCII), longBytes(amount));
      expected.merge(key, amount, Long::sum);
    }

    Map<String, Long> actual = new LinkedHashMap<>();
    try (SortedRecords results = aggregator.results()) {
      while (results.next()) {
        actual.put(new String(results.key(), StandardCharsets.US_ASCII),
            ByteBuffer.wrap(results.value()).getLong());
      }
    }

    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(actual.entrySet()),
        "one record per key, sorted, with the right sum");
    assertTrue(aggregator.tableFlushes() > 1, "flushes: " + aggregator.tableFlushes());
    assertTrue(aggregator.spillCount() > 1, "spills: " + aggregator.spillCount());
    aggregator.close();
    try (Stream<Path> left = Files.list(spills)) {
      assertEquals(List.of(), left.toList(), "spills left after close");
    }
  }

  @Test
  void combinesPartialsInTheOrderTheyWereAdded() {
    // Concatenation is associative but not commutative: any reordering would show.
    try (SpillingHashAggregator aggregator = new SpillingHashAggregator(
        new DirectorySpillArea(spills), 32 * 1024, SpillingHashAggregatorTest::concat)) {
      for (int round = 0; round < 6; round++) {
        for (int key = 0; key < 2_000; key++) {
          aggregator.add(new byte[] {(byte) (key >>> 8), (byte) key}, new byte[] {(byte) round});
        }
      }
      int keys = 0;
      try (SortedRecords results = aggregator.results()) {
        while (results.next()) {
          assertEquals(keys, ((results.key()[0] & 0xff) << 8) | (results.key()[1] & 0xff));
          assertEquals("[0, 1, 2, 3, 4, 5]", Arrays.toString(results.value()), "key " + keys);
          keys++;
        }
      }
      assertEquals(2_000, keys);
      assertTrue(aggregator.tableFlushes() > 0);
    }
  }

  @Test
  void smallInputStaysInMemory() {
    try (SpillingHashAggregator aggregator = new SpillingHashAggregator(
        new DirectorySpillArea(spills), 1 << 20, SpillingHashAggregatorTest::sum)) {
      aggregator.add(new byte[] {(byte) 0x90}, longBytes(1));
      aggregator.add(new byte[] {0x10}, longBytes(2));
      aggregator.add(new byte[] {(byte) 0x90}, longBytes(3));
      try (SortedRecords results = aggregator.results()) {
        assertTrue(results.next());
        assertEquals(0x10, results.key()[0]);
        assertEquals(2, ByteBuffer.wrap(results.value()).getLong());
        assertTrue(results.next());
        assertEquals(4, ByteBuffer.wrap(results.value()).getLong(), "0x90 sorts after 0x10");
        assertEquals(false, results.next());
      }
      assertEquals(0, aggregator.tableFlushes());
      assertEquals(0, aggregator.spillCount());
    }
  }

  private static byte[] sum(byte[] partial, byte[] value) {
    return longBytes(ByteBuffer.wrap(partial).getLong() + ByteBuffer.wrap(value).getLong());
  }

  private static byte[] concat(byte[] partial, byte[] value) {
    byte[] joined = Arrays.copyOf(partial, partial.length + value.length);
    System.arraycopy(value, 0, joined, partial.length, value.length);
    return joined;
  }

  private static byte[] longBytes(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }
}
