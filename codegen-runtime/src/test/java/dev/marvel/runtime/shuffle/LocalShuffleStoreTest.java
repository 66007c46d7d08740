package dev.marvel.runtime.shuffle;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class LocalShuffleStoreTest extends ShuffleStoreContract {
  @TempDir static Path root;
  private static ShuffleStore store;

  @BeforeAll
  static void open() {
    store = new LocalShuffleStore(root.resolve("shuffle"));
  }

  @Override
  ShuffleStore store() {
    return store;
  }
}
