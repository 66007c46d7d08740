package dev.marvel.cli;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.UserGroupInformation;

/**
 * Initialises Hadoop's file system layer on a background thread while {@code run} checks and
 * compiles the program on the main thread. The first {@code FileSystem} call of a JVM loads and
 * initialises a few hundred classes — the service-loaded file systems, {@code Shell} (which
 * forks a process to probe {@code setsid}), the native-code probe and the login user — about a
 * third of a cached run's fixed cost, measured; the run needs that layer anyway (inputs, output
 * checks, commit), so doing it beside the front end takes it off the critical path. The file
 * system instance lands in Hadoop's own cache, where the run finds it.
 */
final class FileSystemPreload {
  private FileSystemPreload() {}

  /** Starts the preload; the JVM may exit without waiting for it. */
  static void start(Configuration conf) {
    Thread preload = new Thread(() -> load(conf), "marvel-fs-preload");
    preload.setDaemon(true);
    preload.start();
  }

  private static void load(Configuration conf) {
    try {
      UserGroupInformation.getCurrentUser();
      FileSystem.get(conf);
    } catch (IOException | RuntimeException e) {
      // Nothing to report here: the run makes the same calls and reports their failure itself.
    }
  }
}
