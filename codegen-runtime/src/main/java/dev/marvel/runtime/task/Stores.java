package dev.marvel.runtime.task;

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
 * Where a task's shuffle data lives, named by the payload's {@code stores} map, and one open
 * {@link ShuffleStore} per endpoint for the whole JVM (tasks of a job share connections).
 *
 * <p>Keys of {@code TaskPayload.stores()}:
 * <ul>
 *   <li>{@code shuffle}: the shuffle store endpoint, one of
 *     <ul>
 *       <li>{@code local:<absolute dir>} — {@link LocalShuffleStore} under that directory;
 *       <li>{@code hdfs:<uri of a dir>} — {@link HdfsShuffleStore} (e.g. {@code hdfs:hdfs://nn:8020/tmp/shuffle});
 *       <li>{@code ignite:<host:port>} — {@link IgniteShuffleStore} over a thin-client connection;
 *     </ul>
 *   <li>{@code fs.defaultFS}: optional, the Hadoop default file system for inputs and sinks;
 *   <li>{@code spill}: optional, a local directory for reduce-side spills (default: {@code java.io.tmpdir}).
 * </ul>
 *
 * <p>A runner that already holds a store — {@code marvelc run}'s embedded Ignite node — calls
 * {@link #register} with the endpoint string it puts in the payloads, and tasks in this JVM use
 * that instance instead of opening a connection. Stores opened here stay open for the JVM's life
 * (actions are short and frequent; reconnecting per task would dominate small tasks).
 */
public final class Stores {
  public static final String SHUFFLE = "shuffle";
  public static final String DEFAULT_FS = "fs.defaultFS";
  public static final String SPILL = "spill";

  private static final Map<String, ShuffleStore> OPEN = new ConcurrentHashMap<>();

  private Stores() {}

  /** Makes {@code endpoint} resolve to {@code store} in this JVM (replacing any earlier one). */
  public static void register(String endpoint, ShuffleStore store) {
    OPEN.put(endpoint, store);
  }

  /** Forgets a registered or opened store, without closing it. */
  public static void unregister(String endpoint) {
    OPEN.remove(endpoint);
  }

  /** The store for {@code endpoint}, opened on first use. */
  public static ShuffleStore shuffle(String endpoint, Configuration conf) {
    return OPEN.computeIfAbsent(endpoint, e -> open(e, conf));
  }

  /** The Hadoop configuration tasks use: defaults, with {@code fs.defaultFS} from the payload when given. */
  public static Configuration configuration(Map<String, String> stores) {
    Configuration conf = new Configuration();
    String fs = stores.get(DEFAULT_FS);
    if (fs != null) {
      conf.set(DEFAULT_FS, fs);
    }
    return conf;
  }

  private static ShuffleStore open(String endpoint, Configuration conf) {
    int colon = endpoint.indexOf(':');
    String scheme = colon < 0 ? "" : endpoint.substring(0, colon);
    String where = endpoint.substring(colon + 1);
    switch (scheme) {
      case "local":
        return new LocalShuffleStore(Path.of(where));
      case "hdfs":
        try {
          URI uri = URI.create(where);
          return new HdfsShuffleStore(FileSystem.get(uri, conf), new org.apache.hadoop.fs.Path(uri));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot open the shuffle file system " + where, e);
        }
      case "ignite":
        return new IgniteShuffleStore(IgniteConnection.connect(where));
      default:
        throw new IllegalArgumentException("shuffle store endpoint '" + endpoint
            + "' is not local:<dir>, hdfs:<uri> or ignite:<host:port>");
    }
  }
}
