package dev.marvel.bench.jmh;

import dev.marvel.samples.gen.Generated;
import dev.marvel.samples.gen.TextCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A block of the WordCount corpus ({@code marvelc gen text}, seed {@value #SEED}): Zipf-distributed
 * words over a 100 k vocabulary with punctuation, mixed case and {@code \r\n} lines, so every
 * benchmark reads the text the bench/run figures are taken on.
 *
 * @param file the block as a one-part corpus file
 * @param bytes the same bytes in memory
 * @param lines lines in the block, as the generator counted them
 */
record TextBlock(Path file, byte[] bytes, long lines) {
  static final long SEED = 42;

  /** Writes a {@code size}-byte block into {@code dir} (missing or empty) and reads it back. */
  static TextBlock generate(Path dir, int size) throws IOException {
    Generated text = TextCorpus.write(dir, size, SEED, 1);
    Path file = text.files().get(0);
    return new TextBlock(file, Files.readAllBytes(file), text.records());
  }
}
