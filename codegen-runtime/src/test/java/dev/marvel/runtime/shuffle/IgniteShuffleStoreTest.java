package dev.marvel.runtime.shuffle;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The contract through an embedded node's own API, as the driver of {@code marvelc run} uses it. */
class IgniteShuffleStoreTest extends ShuffleStoreContract {
  @TempDir static Path work;
  private static EmbeddedIgnite ignite;
  private static ShuffleStore store;

  @BeforeAll
  static void startIgnite() {
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(work)
        .withShuffleRegionMaxBytes(256L << 20));
    store = new IgniteShuffleStore(ignite.connection());
  }

  @AfterAll
  static void stopIgnite() {
    if (ignite != null) {
      ignite.close();
    }
  }

  @Override
  ShuffleStore store() {
    return store;
  }
}
