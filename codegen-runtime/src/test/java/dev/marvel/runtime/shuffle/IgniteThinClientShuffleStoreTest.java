package dev.marvel.runtime.shuffle;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The contract over the thin-client protocol, as actions in other processes reach the shuffle. */
class IgniteThinClientShuffleStoreTest extends ShuffleStoreContract {
  @TempDir static Path work;
  private static EmbeddedIgnite ignite;
  private static IgniteConnection client;
  private static ShuffleStore store;

  @BeforeAll
  static void startIgnite() {
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(work)
        .withShuffleRegionMaxBytes(256L << 20));
    client = IgniteConnection.connect(ignite.thinClientAddress());
    store = new IgniteShuffleStore(client);
  }

  @AfterAll
  static void stopIgnite() {
    if (client != null) {
      client.close();
    }
    if (ignite != null) {
      ignite.close();
    }
  }

  @Override
  ShuffleStore store() {
    return store;
  }
}
