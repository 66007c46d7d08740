package dev.marvel.runtime.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full in-memory data region is a critical failure that stops an Ignite node; the shuffle store
 * must refuse the write before that and leave the node serving.
 */
class IgniteShuffleRegionLimitTest {
  @TempDir Path work;

  @Test
  void writerFillsTheRegionUpToItsLimitAndNoFurther() {
    // 96 MiB at most, of which Ignite allocates 64 MiB at start and the rest on demand.
    try (EmbeddedIgnite ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(work)
        .withShuffleRegionMaxBytes(96L << 20))) {
      ShuffleStore store = new IgniteShuffleStore(ignite.connection());
      byte[] blob = new byte[1 << 20];
      MapAttempt fits = new MapAttempt("fits", 0, 0, 0);
      try (MapOutputWriter writer = store.openWriter(fits)) {
        for (int i = 0; i < 64; i++) {
          writer.write(0, blob); // beyond the initially allocated 64 MiB, within the limit
        }
      }
      assertTrue(store.commit(fits));

      MapOutputWriter greedy = store.openWriter(new MapAttempt("greedy", 0, 0, 0));
      IllegalStateException full = assertThrows(IllegalStateException.class, () -> {
        for (int i = 0; i < 64; i++) {
          greedy.write(0, blob);
        }
        greedy.close();
      });
      assertTrue(full.getMessage().startsWith("Ignite data region 'marvel-shuffle' cannot take"),
          full.getMessage());
      assertTrue(full.getMessage().endsWith(
          "give Ignite more memory, or use the HDFS or local shuffle store for this job"),
          full.getMessage());

      store.deleteJob("greedy");
      store.deleteJob("fits");
      MapAttempt modest = new MapAttempt("modest", 0, 0, 0);
      try (MapOutputWriter writer = store.openWriter(modest)) {
        writer.write(0, new byte[] {42});
      }
      assertTrue(store.commit(modest));
      try (BlobStream blobs = store.read("modest", 0, 0)) {
        assertEquals(List.of(42), List.of((int) blobs.next()[0]));
      }
    }
  }
}
