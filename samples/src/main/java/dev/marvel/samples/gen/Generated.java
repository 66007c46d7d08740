package dev.marvel.samples.gen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generator wrote: the part files in order, how many records (lines or rows) and bytes.
 */
public record Generated(List<Path> files, long records, long bytes) {
  public Generated {
    files = List.copyOf(files);
  }
}
