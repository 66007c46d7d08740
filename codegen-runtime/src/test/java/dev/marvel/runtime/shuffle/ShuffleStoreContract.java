package dev.marvel.runtime.shuffle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What every {@link ShuffleStore} must do, run against each implementation by a subclass that
 * supplies a store over a real backend.
 */
abstract class ShuffleStoreContract {
  private static final AtomicInteger JOBS = new AtomicInteger();

  /** The store under test; subclasses keep one per class. */
  abstract ShuffleStore store();

  String job;

  @BeforeEach
  void newJob(TestInfo test) {
    job = "job-" + JOBS.incrementAndGet() + "-" + test.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void deleteJob() {
    store().deleteJob(job);
  }

  @Test
  void roundTripKeepsBlobsAndTheirOrder() {
    ShuffleCounters counters = store().counters();
    long[] before = {counters.blobsWritten(), counters.bytesWritten(), counters.blobsRead(),
        counters.bytesRead()};
    MapAttempt map = new MapAttempt(job, 1, 0, 0);
    try (MapOutputWriter writer = store().openWriter(map)) {
      writer.write(0, bytes("first"));
      writer.write(1, bytes("other"));
      writer.write(0, bytes("xxsecondxx"), 2, 6);
      writer.write(0, new byte[0]);
    }
    assertTrue(store().commit(map));

    assertEquals(List.of("first", "second", ""), readAll(1, 0));
    assertEquals(List.of("other"), readAll(1, 1));
    assertEquals(Map.of(0, 0), store().committedMapTasks(job, 1));
    assertEquals(4, counters.blobsWritten() - before[0]);
    assertEquals(16, counters.bytesWritten() - before[1]);
    assertEquals(4, counters.blobsRead() - before[2]);
    assertEquals(16, counters.bytesRead() - before[3]);
  }

  @Test
  void manyPartitionsReadInMapTaskThenWriteOrder() {
    int partitions = 40;
    for (int m = 2; m >= 0; m--) { // committed out of order on purpose
      MapAttempt map = new MapAttempt(job, 0, m, 0);
      try (MapOutputWriter writer = store().openWriter(map)) {
        for (int seq = 0; seq < 2; seq++) {
          for (int p = 0; p < partitions; p++) {
            writer.write(p, bytes("m" + m + "p" + p + "s" + seq));
          }
        }
      }
      assertTrue(store().commit(map));
    }
    for (int p = 0; p < partitions; p++) {
      List<String> expected = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        expected.add("m" + m + "p" + p + "s0");
        expected.add("m" + m + "p" + p + "s1");
      }
      assertEquals(expected, readAll(0, p), "partition " + p);
    }
  }

  @Test
  void emptyPartitionsAndEmptyMapTasksReadAsNothing() {
    MapAttempt wroteNothing = new MapAttempt(job, 0, 0, 0);
    store().openWriter(wroteNothing).close();
    assertTrue(store().commit(wroteNothing));
    MapAttempt wroteOne = new MapAttempt(job, 0, 1, 0);
    try (MapOutputWriter writer = store().openWriter(wroteOne)) {
      writer.write(3, bytes("only"));
    }
    assertTrue(store().commit(wroteOne));

    assertEquals(List.of(), readAll(0, 0));
    assertEquals(List.of(), readAll(0, 2));
    assertEquals(List.of("only"), readAll(0, 3));
    assertEquals(List.of(), readAll(7, 0), "a stage nobody wrote");
    assertEquals(Map.of(0, 0, 1, 0), store().committedMapTasks(job, 0));
  }

  @Test
  void retriedMapTaskIsNeverDuplicated() {
    MapAttempt first = new MapAttempt(job, 0, 0, 0);
    MapAttempt retry = new MapAttempt(job, 0, 0, 1);
    write(first, 0, "from attempt 0");
    write(retry, 0, "from attempt 1");

    assertTrue(store().commit(retry), "the first attempt to commit wins, whatever its number");
    assertFalse(store().commit(first));
    assertTrue(store().commit(retry), "committing the winner again is harmless");

    assertEquals(List.of("from attempt 1"), readAll(0, 0));
    assertEquals(Map.of(0, 1), store().committedMapTasks(job, 0));
  }

  @Test
  void uncommittedAttemptsAreInvisible() {
    MapAttempt closed = new MapAttempt(job, 0, 0, 0);
    write(closed, 0, "closed but not committed");
    MapAttempt open = new MapAttempt(job, 0, 1, 0);
    MapOutputWriter writer = store().openWriter(open);
    writer.write(0, bytes("still being written"));

    assertEquals(List.of(), readAll(0, 0));
    assertEquals(Map.of(), store().committedMapTasks(job, 0));
    IllegalStateException notClosed =
        assertThrows(IllegalStateException.class, () -> store().commit(open));
    assertTrue(notClosed.getMessage().contains("never closed"), notClosed.getMessage());
    writer.close();
  }

  @Test
  void largeBlobCountsStreamWithoutLoadingThePartition() {
    int maps = 2;
    int blobsPerMap = 600;
    byte[] payload = new byte[32 * 1024];
    for (int m = 0; m < maps; m++) {
      MapAttempt map = new MapAttempt(job, 0, m, 0);
      try (MapOutputWriter writer = store().openWriter(map)) {
        for (int seq = 0; seq < blobsPerMap; seq++) {
          stamp(payload, m, seq);
          writer.write(0, payload);
          writer.write(1, payload, 0, 8); // interleaved partition the reader must skip
        }
      }
      assertTrue(store().commit(map));
    }
    long totalBytes = (long) maps * blobsPerMap * payload.length;

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    try (BlobStream stream = store().read(job, 0, 0)) {
      long allocatedBefore = threads.getThreadAllocatedBytes(thread);
      byte[] first = stream.next();
      long allocatedForFirst = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
      assertTrue(allocatedForFirst < totalBytes / 8,
          "reading one blob allocated " + allocatedForFirst + " of " + totalBytes + " bytes");
      assertEquals(0, first[0]);
      int count = 1;
      while (stream.hasNext()) {
        byte[] blob = stream.next();
        assertEquals(payload.length, blob.length);
        assertEquals(count / blobsPerMap, blob[0], "map task of blob " + count);
        assertEquals(count % blobsPerMap, ((blob[1] & 0xff) << 8) | (blob[2] & 0xff));
        count++;
      }
      assertEquals(maps * blobsPerMap, count);
    }
  }

  @Test
  void deleteJobRemovesEverything() {
    MapAttempt committed = new MapAttempt(job, 0, 0, 0);
    write(committed, 0, "committed");
    assertTrue(store().commit(committed));
    write(new MapAttempt(job, 0, 1, 0), 0, "never committed");
    MapOutputWriter abandoned = store().openWriter(new MapAttempt(job, 0, 2, 0));
    abandoned.write(0, bytes("abandoned"));
    abandoned.close();

    store().deleteJob(job);

    assertEquals(Map.of(), store().committedMapTasks(job, 0));
    assertEquals(List.of(), readAll(0, 0));
    store().deleteJob(job); // deleting twice, or an unknown job, is not an error
    store().deleteJob("never-existed");
  }

  @Test
  void concurrentWritersRaceEveryMapTaskAndExactlyOneAttemptWins() throws Exception {
    int mapTasks = 8;
    int partitions = 3;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Map<Integer, Boolean>>> workers = new ArrayList<>();
      for (int attempt = 0; attempt < 2; attempt++) {
        int a = attempt;
        workers.add(pool.submit(() -> {
          start.await();
          Map<Integer, Boolean> won = new TreeMap<>();
          for (int m = 0; m < mapTasks; m++) {
            MapAttempt map = new MapAttempt(job, 0, m, a);
            try (MapOutputWriter writer = store().openWriter(map)) {
              for (int p = 0; p < partitions; p++) {
                writer.write(p, bytes("m" + m + "a" + a + "p" + p));
              }
            }
            won.put(m, store().commit(map));
          }
          return won;
        }));
      }
      start.countDown();
      Map<Integer, Boolean> wonBy0 = workers.get(0).get();
      Map<Integer, Boolean> wonBy1 = workers.get(1).get();

      Map<Integer, Integer> winners = new TreeMap<>();
      for (int m = 0; m < mapTasks; m++) {
        assertTrue(wonBy0.get(m) ^ wonBy1.get(m), "exactly one attempt of map " + m + " won");
        winners.put(m, wonBy0.get(m) ? 0 : 1);
      }
      assertEquals(winners, store().committedMapTasks(job, 0));
      for (int p = 0; p < partitions; p++) {
        List<String> expected = new ArrayList<>();
        for (int m = 0; m < mapTasks; m++) {
          expected.add("m" + m + "a" + winners.get(m) + "p" + p);
        }
        assertEquals(expected, readAll(0, p));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void write(MapAttempt attempt, int partition, String blob) {
    try (MapOutputWriter writer = store().openWriter(attempt)) {
      writer.write(partition, bytes(blob));
    }
  }

  List<String> readAll(int stage, int partition) {
    List<String> blobs = new ArrayList<>();
    try (BlobStream stream = store().read(job, stage, partition)) {
      stream.forEachRemaining(blob -> blobs.add(new String(blob, StandardCharsets.UTF_8)));
    }
    return blobs;
  }

  private static void stamp(byte[] payload, int map, int seq) {
    Arrays.fill(payload, 0, 3, (byte) 0);
    payload[0] = (byte) map;
    payload[1] = (byte) (seq >>> 8);
    payload[2] = (byte) seq;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
