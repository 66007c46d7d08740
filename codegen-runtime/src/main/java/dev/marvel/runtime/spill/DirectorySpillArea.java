package dev.marvel.runtime.spill;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Spills as files in one local directory (created if missing), named {@code marvel-spill-*.run}. */
public final class DirectorySpillArea implements SpillArea {
  private final Path directory;

  public DirectorySpillArea(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  @Override
  public Spill create() throws IOException {
    Files.createDirectories(directory);
    return new FileSpill(Files.createTempFile(directory, "marvel-spill-", ".run"));
  }

  private record FileSpill(Path file) implements Spill {
    @Override
    public OutputStream write() throws IOException {
      return Files.newOutputStream(file);
    }

    @Override
    public InputStream read() throws IOException {
      return Files.newInputStream(file);
    }

    @Override
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }
}
