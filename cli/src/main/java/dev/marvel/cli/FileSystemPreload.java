package dev.marvel.cli;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.security.UserGroupInformation;

/**
 * Reads {@code run}'s Hadoop configuration and initialises Hadoop's file system layer on a
 * background thread, started as soon as the command is created — before picocli parses the
 * command line — while the main thread parses it and looks up (or checks and compiles) the
 * program. The first {@code Configuration} and {@code FileSystem} of a JVM load and initialise
 * several hundred classes — the XML parser, the service-loaded file systems, {@code Shell}
 * (which forks a process to probe {@code setsid}), the native-code probe and the login user —
 * about 0.4 s of a cached 1.2 s run, measured. The run needs that layer anyway (inputs, output
 * checks, commit); the file system instance lands in Hadoop's own cache, where the run finds it.
 */
final class FileSystemPreload {
  private final CompletableFuture<Configuration> configuration = new CompletableFuture<>();

  private FileSystemPreload() {}

  /** Starts reading the configuration from {@code source}, then the file system; the JVM may exit without waiting. */
  static FileSystemPreload start(Supplier<Configuration> source) {
    FileSystemPreload preload = new FileSystemPreload();
    Thread thread = new Thread(() -> preload.load(source), "marvel-fs-preload");
    thread.setDaemon(true);
    thread.start();
    return preload;
  }

  /** The configuration, once read; the file system may still be initialising. */
  Configuration configuration() {
    try {
      return configuration.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private void load(Supplier<Configuration> source) {
    Configuration conf;
    try {
      conf = source.get();
    } catch (RuntimeException | Error e) {
      configuration.completeExceptionally(e);
      return;
    }
    configuration.complete(conf);
    try {
      UserGroupInformation.getCurrentUser();
      FileSystem.get(conf);
    } catch (IOException | RuntimeException e) {
      // Nothing to report here: the run makes the same calls and reports their failure itself.
    }
  }
}
