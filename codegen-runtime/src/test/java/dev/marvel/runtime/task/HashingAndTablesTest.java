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
