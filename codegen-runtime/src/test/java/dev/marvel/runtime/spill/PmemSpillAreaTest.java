package dev.marvel.runtime.spill;

import static dev.marvel.runtime.spill.SortFixtures.assertSameRecords;
import static dev.marvel.runtime.spill.SortFixtures.drain;
import static dev.marvel.runtime.spill.SortFixtures.inMemoryStableSort;
import static dev.marvel.runtime.spill.SortFixtures.randomRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.intel.pmem.llpl.AnyHeap;
import dev.marvel.runtime.spill.SortFixtures.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spills on an llpl heap under /dev/shm (emulated persistent memory). Needs Debian's libpmemobj1
 * and libpmempool1, which scripts/test installs; without them the test fails saying so.
 */
class PmemSpillAreaTest {
  private static final Path SHM = Path.of("/dev/shm");
  private static PmemSpillArea area;

  @BeforeAll
  static void createHeap() throws IOException {
    PmemSpillArea.unavailableReason().ifPresent(reason -> {
      throw new AssertionError(reason);
    });
    area = PmemSpillArea.create(heapPath("sort"), 64L << 20);
  }

  @AfterAll
  static void deleteHeaps() throws IOException {
    if (area != null) {
      area.close();
    }
    // llpl cannot unmap a heap; removing the file frees its space when this JVM exits.
    Files.deleteIfExists(heapPath("sort"));
    Files.deleteIfExists(heapPath("full"));
  }

  @Test
  void externalSortSpillsToPersistentMemory() {
    List<Pair> input = randomRecords(new Random(11), 2 << 20);
    SpillingSorter sorter = new SpillingSorter(area, 64 * 1024);
    input.forEach(p -> sorter.add(p.key(), p.value()));

    assertSameRecords(inMemoryStableSort(input), drain(sorter));
    assertTrue(sorter.spillCount() > 10, "spills: " + sorter.spillCount());
    sorter.close();
    assertEquals(0, area.liveBlocks(), "blocks left allocated after close");
  }

  @Test
  void spillSpanningSeveralBlocksReadsBackExactly() throws IOException {
    byte[] data = new byte[700 * 1024]; // 64 + 128 + 256 KiB blocks and part of a 512 KiB one
    new Random(5).nextBytes(data);
    Spill spill = area.create();
    try (OutputStream out = spill.write()) {
      out.write(data, 0, 1000);
      out.write(data[1000]);
      out.write(data, 1001, data.length - 1001);
    }
    assertEquals(4, area.liveBlocks());
    try (InputStream in = spill.read()) {
      assertArrayEquals(data, in.readAllBytes());
    }
    spill.delete();
    assertEquals(0, area.liveBlocks());
  }

  @Test
  void fullHeapIsExplained() throws IOException {
    try (PmemSpillArea small = PmemSpillArea.create(heapPath("full"), AnyHeap.MINIMUM_HEAP_SIZE)) {
      Spill spill = small.create();
      IOException full = assertThrows(IOException.class, () -> {
        try (OutputStream out = spill.write()) {
          byte[] chunk = new byte[1 << 20];
          for (long written = 0; written <= 2 * AnyHeap.MINIMUM_HEAP_SIZE; written += chunk.length) {
            out.write(chunk);
          }
        }
      });
      assertTrue(full.getMessage().contains("is full; give it more space or spill to a directory"),
          full.getMessage());
    }
  }

  private static Path heapPath(String name) {
    return SHM.resolve("marvel-test-" + ProcessHandle.current().pid() + "-" + name + ".heap");
  }
}
