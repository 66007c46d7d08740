package dev.marvel.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join build side: lookups by key bytes, and the unmatched rows a full join emits at the end. */
class JoinTableTest {
  private final KeyWriter key = new KeyWriter();

  @Test
  void getReturnsAKeysRowsInTheOrderTheyWereAddedAndNothingForAnUnknownKey() {
    JoinTable t = new JoinTable();
    add(t, 1, "a");
    add(t, 2, "b");
    add(t, 1, "c");
    assertEquals(List.of("a", "c"), text(t.get(key(1))));
    assertEquals(List.of("b"), text(t.get(key(2))));
    assertEquals(List.of(), t.get(key(3)));
  }

  @Test
  void getDoesNotCountAsAMatch() {
    JoinTable t = JoinTable.keepingUnmatched();
    add(t, 1, "a");
    t.get(key(1));
    assertEquals(List.of("a"), text(t.unmatched()));
  }

  @Test
  void unmatchedLeavesOutEveryRowOfAMatchedKeyAndKeepsNullKeyRowsInInsertionOrder() {
    JoinTable t = JoinTable.keepingUnmatched();
    add(t, 5, "five-1");
    t.addNullKey(bytes("null-1"), 0, 6);
    add(t, 7, "seven-1");
    add(t, 5, "five-2");
    add(t, 9, "nine-1");
    t.addNullKey(bytes("null-2"), 0, 6);
    add(t, 7, "seven-2");

    assertEquals(List.of("seven-1", "seven-2"), text(t.match(key(7))));
    assertEquals(List.of(), t.match(key(8)));
    assertEquals(List.of("seven-1", "seven-2"), text(t.match(key(7))), "a second probe finds the same rows");
    // Groups by the order their key first came, each group's rows in arrival order.
    assertEquals(List.of("five-1", "five-2", "null-1", "nine-1", "null-2"), text(t.unmatched()));

    t.match(key(5));
    t.match(key(9));
    assertEquals(List.of("null-1", "null-2"), text(t.unmatched()), "a null key never matches");
  }

  @Test
  void rowsAndKeysAreCopiedSoTheCallerMayReuseItsBuffers() {
    JoinTable t = JoinTable.keepingUnmatched();
    byte[] row = bytes("xxabcxx");
    byte[] k = key(4).toByteArray();
    t.add(k, 0, k.length, row, 2, 3);
    t.addNullKey(row, 0, 2);
    row[2] = 'z';
    k[k.length - 1]++;
    assertEquals(List.of("abc"), text(t.match(key(4))));
    assertEquals(List.of("xx"), text(t.unmatched()));
  }

  @Test
  void anEmptyTableHasNothingUnmatched() {
    JoinTable t = JoinTable.keepingUnmatched();
    assertSame(t.get(key(1)), t.match(key(1)));
    assertEquals(List.of(), t.unmatched());
  }

  @Test
  void probingAllocatesNothing() {
    probingAllocatesNothing(new JoinTable());
    probingAllocatesNothing(JoinTable.keepingUnmatched());
  }

  @Test
  void aTableForOtherJoinsHasNoUnmatchedRowsToGive() {
    JoinTable t = new JoinTable();
    add(t, 1, "a");
    assertEquals(List.of("a"), text(t.match(key(1))), "match is get");
    IllegalStateException e = assertThrows(IllegalStateException.class, t::unmatched);
    assertEquals("unmatched needs a table made by JoinTable.keepingUnmatched()", e.getMessage());
  }

  private void probingAllocatesNothing(JoinTable t) {
    for (int k = 0; k < 100; k++) {
      add(t, k, "row" + k);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    int found = probe(t); // warm-up, and the first measurement's own allocation
    long before = threads.getThreadAllocatedBytes(id);
    found += probe(t);
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertEquals(2 * 10_000 * 100 / 200, found, "every other probe key is in the table");
    assertTrue(allocated < 16 * 1024, "20,000 probes allocated " + allocated + " bytes");
  }

  /** 20,000 probes through get and match, half of them for keys the table does not hold; how many rows they found. */
  private int probe(JoinTable t) {
    int found = 0;
    for (int i = 0; i < 10_000; i++) {
      found += t.get(key(i % 200)).size() + t.match(key(i % 200)).size();
    }
    return found / 2;
  }

  private KeyWriter key(int k) {
    key.reset();
    key.writeInt(k, false);
    return key;
  }

  private void add(JoinTable t, int k, String row) {
    byte[] r = bytes(row);
    key(k);
    t.add(key.buffer(), 0, key.length(), r, 0, r.length);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> text(List<byte[]> rows) {
    return rows.stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
  }
}
