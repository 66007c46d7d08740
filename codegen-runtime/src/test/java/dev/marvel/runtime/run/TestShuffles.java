package dev.marvel.runtime.run;

import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.shuffle.HdfsShuffleStore;
import dev.marvel.runtime.shuffle.IgniteShuffleStore;
import dev.marvel.runtime.shuffle.LocalShuffleStore;
import dev.marvel.runtime.shuffle.ShuffleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Opens the shuffle store a payload names, for the hand-written test actions (generated actions
 * use the task runtime's {@code Stores}); thin-client connections are kept per address.
 */
public final class TestShuffles {
  private static final Map<String, IgniteConnection> CONNECTIONS = new ConcurrentHashMap<>();

  private TestShuffles() {}

  public static ShuffleStore open(String endpoint) {
    int colon = endpoint.indexOf(':');
    String kind = endpoint.substring(0, colon);
    String where = endpoint.substring(colon + 1);
    switch (kind) {
      case "local":
        return new LocalShuffleStore(Path.of(where));
      case "ignite":
        return new IgniteShuffleStore(CONNECTIONS.computeIfAbsent(where,
            IgniteConnection::connect));
      case "hdfs":
        try {
          FileSystem fs = FileSystem.get(URI.create(where), new Configuration());
          return new HdfsShuffleStore(fs, new org.apache.hadoop.fs.Path(where));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      default:
        throw new IllegalArgumentException("unknown shuffle endpoint " + endpoint);
    }
  }
}
