package dev.marvel.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.shuffle.LocalShuffleStore;
import dev.marvel.stdlib.StringFunctions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partitioning by MurmurHash3, the byte-keyed table, the word cursor, the top-k heap and store endpoints. */
class HashingAndTablesTest {
  @TempDir
  Path dir;

  @Test
  void murmur3MatchesTheReferenceVectors() {
    assertEquals(0, Partitioner.murmur3(new byte[0], 0, 0));
    assertEquals(0x248bfa47, Partitioner.murmur3(bytes("hello"), 0, 5));
    byte[] fox = bytes("The quick brown fox jumps over the lazy dog");
    assertEquals(0x2e4ff723, Partitioner.murmur3(fox, 0, fox.length));
  }

  @Test
  void tableGivesDenseStableSlotsThroughRehashes() {
    ByteKeyTable t = new ByteKeyTable();
    for (int i = 0; i < 5000; i++) {
      byte[] k = bytes("key" + i);
      assertEquals(i, t.slot(k, 0, k.length));
      assertTrue(t.inserted());
    }
    for (int i = 0; i < 5000; i += 7) {
      byte[] k = bytes("key" + i);
      assertEquals(i, t.slot(k, 0, k.length));
      assertFalse(t.inserted());
      assertEquals("key" + i, new String(t.arena(), t.keyOffset(i), t.keyLength(i), StandardCharsets.UTF_8));
    }
    t.clear();
    assertEquals(0, t.size());
    assertEquals(0, t.slot(bytes("key9"), 0, 4));
  }

  @Test
  void aClearedTableIsBackUnderTheBudgetItWasFlushedFor() {
    // Generated pre-aggregations flush when memoryBytes passes the task's budget, then clear: if
    // clearing kept the grown arrays, every new key after the first flush would flush again.
    ByteKeyTable t = new ByteKeyTable();
    long empty = t.memoryBytes(8);
    long budget = 4 * empty;
    int flushes = 0;
    for (int i = 0; i < 200_000; i++) {
      byte[] k = bytes("a-distinct-key-longer-than-sixteen-bytes-" + i);
      t.slot(k, 0, k.length);
      if (t.inserted() && t.memoryBytes(8) > budget) {
        t.clear();
        flushes++;
        assertEquals(empty, t.memoryBytes(8));
      }
    }
    assertTrue(flushes > 10 && flushes < 200_000 / 1_000,
        "a flush must free room for many keys, but there were " + flushes);
    byte[] k = bytes("again");
    assertEquals(t.size(), t.slot(k, 0, k.length));
  }

  @Test
  void tableTellsApartKeysThatDifferInOneByteAtAnyPosition() {
    // Every length around the inline prefix and the arena's eight-byte steps, each key differing
    // from its neighbours only in the last or the first byte, at offsets inside a larger buffer.
    ByteKeyTable t = new ByteKeyTable();
    List<byte[]> keys = new ArrayList<>();
    for (int length = 0; length <= 40; length++) {
      for (int variant = 0; variant < Math.min(length + 1, 3); variant++) {
        byte[] k = new byte[length];
        Arrays.fill(k, (byte) 'q');
        if (variant == 1) {
          k[length - 1] = 'r';
        } else if (variant == 2) {
          k[0] = 'r';
        }
        keys.add(k);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, t.slot(inside(keys.get(i), 3), 3, keys.get(i).length));
      assertTrue(t.inserted(), "key " + i + " was taken for an earlier one");
    }
    for (int i = keys.size() - 1; i >= 0; i--) {
      assertEquals(i, t.slot(inside(keys.get(i), 5), 5, keys.get(i).length));
      assertFalse(t.inserted());
    }
  }

  /** {@code key} copied into a bigger buffer at {@code offset}, with different bytes around it. */
  private static byte[] inside(byte[] key, int offset) {
    byte[] buffer = new byte[offset + key.length + 9];
    Arrays.fill(buffer, (byte) 'z');
    System.arraycopy(key, 0, buffer, offset, key.length);
    return buffer;
  }

  @Test
  void asciiWordsAreExactlyTheStdlibTokens() {
    for (String line : List.of("The cat, the DOG.", "didn't stop", "", "  42 ", "café naïve", "\u212Aelvin",
        "İstanbul", "x1y2z")) {
      List<String> words = new ArrayList<>();
      AsciiWords w = new AsciiWords(true).reset(ByteSlice.of(line));
      while (w.next()) {
        words.add(w.word().toString());
      }
      assertEquals(StringFunctions.tokenize(StringFunctions.lower(line)), words, line);
    }
  }

  @Test
  void topKKeepsTheSmallestKeysFirstArrivalOnTies() {
    TopK top = new TopK(2);
    KeyWriter key = new KeyWriter();
    RowWriter row = new RowWriter();
    long[] values = {5, 1, 3, 1, 9};
    for (int i = 0; i < values.length; i++) {
      key.reset().writeLong(values[i], false);
      row.reset(1).writeLong(i);
      top.offer(key, row);
    }
    byte[][] kept = top.rows();
    assertEquals(2, kept.length);
    assertEquals(1, new RowReader().reset(kept[0], 0, 1).readLong());
    assertEquals(3, new RowReader().reset(kept[1], 0, 1).readLong());
  }

  @Test
  void registeredStoresWinAndUnknownEndpointsSayWhatIsAccepted() {
    try (LocalShuffleStore store = new LocalShuffleStore(dir)) {
      Stores.register("ignite:test-endpoint", store);
      try {
        assertTrue(Stores.shuffle("ignite:test-endpoint", new Configuration()) == store);
      } finally {
        Stores.unregister("ignite:test-endpoint");
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stores.shuffle("redis:somewhere", new Configuration()));
    assertTrue(e.getMessage().contains("local:<dir>, hdfs:<uri> or ignite:<host:port>"), e.getMessage());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
