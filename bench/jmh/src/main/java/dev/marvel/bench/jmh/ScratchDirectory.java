package dev.marvel.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh directory under {@code java.io.tmpdir} for one benchmark trial, deleted with everything in it. */
final class ScratchDirectory implements AutoCloseable {
  private final Path path;

  ScratchDirectory(String prefix) throws IOException {
    path = Files.createTempDirectory("marvel-jmh-" + prefix + "-");
  }

  Path path() {
    return path;
  }

  Path resolve(String name) {
    return path.resolve(name);
  }

  /** Deletes everything under {@code dir} (which may be missing), keeping nothing. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete benchmark scratch data at " + dir, e);
    }
  }

  @Override
  public void close() {
    deleteTree(path);
  }
}
