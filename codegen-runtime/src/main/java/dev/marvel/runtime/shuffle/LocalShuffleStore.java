package dev.marvel.runtime.shuffle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shuffle data in a local directory: for {@code marvelc run} without Ignite, and for spilling
 * shuffles that do not fit in memory. The layout and commit protocol are {@link FileShuffleStore}'s;
 * commit is a POSIX {@code rename(2)} of the attempt directory, which fails on an existing
 * non-empty target and so lets exactly one attempt of a map task win.
 */
public final class LocalShuffleStore extends FileShuffleStore {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path root;

  /** Keeps shuffle data under {@code root}, which is created if missing. */
  public LocalShuffleStore(Path root) {
    this.root = root.toAbsolutePath();
  }

  @Override
  OutputStream create(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
  }

  @Override
  InputStream open(String path) throws IOException {
    return Files.newInputStream(root.resolve(path));
  }

  @Override
  boolean exists(String path) {
    return Files.exists(root.resolve(path));
  }

  @Override
  boolean renameIfAbsent(String from, String to) throws IOException {
    Path target = root.resolve(to);
    if (Files.exists(target)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(root.resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileSystemException e) {
      // rename(2) fails with ENOTEMPTY when another attempt renamed between our check and ours.
      if (Files.exists(target)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  List<String> list(String directory) throws IOException {
    Path dir = root.resolve(directory);
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> children = Files.list(dir)) {
        children.forEach(child -> names.add(child.getFileName().toString()));
      }
    }
    return names;
  }

  @Override
  void deleteTree(String path) throws IOException {
    Path top = root.resolve(path);
    if (!Files.exists(top)) {
      return;
    }
    try (Stream<Path> all = Files.walk(top)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Override
  String describe(String path) {
    return root.resolve(path).toString();
  }

  @Override
  public void close() {
    // Nothing is held between calls.
  }
}
