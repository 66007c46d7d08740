package dev.marvel.samples.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** The directory of part files a generator writes: {@code part-00000.<ext>}, … */
final class PartFiles {

  private PartFiles() {}

  /**
   * Creates {@code dir}, or accepts it when it exists and is empty: stale parts of an earlier,
   * larger run would silently join the new data set.
   */
  static void prepare(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(dir + " is not empty; generate into a new or empty directory");
        }
      }
    } else if (Files.exists(dir)) {
      throw new IOException(dir + " exists and is not a directory");
    }
    Files.createDirectories(dir);
  }

  static Path part(Path dir, int index, String extension) {
    return dir.resolve(String.format("part-%05d.%s", index, extension));
  }

  /** The first of the {@code total} items that part {@code index} of {@code parts} holds. */
  static long firstOf(long total, int parts, int index) {
    // floor(total * index / parts), without overflowing for any total.
    return total / parts * index + total % parts * index / parts;
  }

  static void checkParts(int parts) {
    if (parts < 1 || parts > 99_999) {
      throw new IllegalArgumentException("the number of files must be 1 to 99999, got " + parts);
    }
  }

  /** Writes one part file and returns a count (of lines, rows or bytes). */
  interface PartWriter {
    long write(int part) throws IOException;
  }

  /**
   * Runs {@code writer} for parts {@code 0..parts-1} on up to one thread per core and returns
   * their counts in part order. Parts are independent, so the files do not depend on timing.
   */
  static long[] writeAll(int parts, PartWriter writer) throws IOException {
    int threads = Math.min(parts, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "marvel-gen");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        int part = i;
        futures.add(pool.submit(() -> writer.write(part)));
      }
      long[] counts = new long[parts];
      for (int i = 0; i < parts; i++) {
        counts[i] = futures.get(i).get();
      }
      return counts;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing " + parts + " part files", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
