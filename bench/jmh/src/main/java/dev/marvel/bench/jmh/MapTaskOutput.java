package dev.marvel.bench.jmh;

import dev.marvel.runtime.shuffle.MapAttempt;
import dev.marvel.runtime.shuffle.MapOutputWriter;
import dev.marvel.runtime.shuffle.ShuffleStore;
import java.util.SplittableRandom;

/**
 * One map task's shuffle output as the shuffle benchmarks write it: {@code blobs} blobs of one
 * deterministic random block, round-robin over {@code partitions}, then close and commit — what
 * a map task does once its batches are encoded.
 */
final class MapTaskOutput {
  /** Shuffle data a benchmark lets pile up before it deletes its job and starts another. */
  static final long RECYCLE_BYTES = 256L << 20;

  private final byte[] blob;
  private final int blobs;
  private final int partitions;

  MapTaskOutput(int blobBytes, int blobs, int partitions) {
    this.blob = new byte[blobBytes];
    new SplittableRandom(TextBlock.SEED).nextBytes(blob);
    this.blobs = blobs;
    this.partitions = partitions;
  }

  byte[] blob() {
    return blob;
  }

  int blobs() {
    return blobs;
  }

  int partitionOf(int blobIndex) {
    return blobIndex % partitions;
  }

  long bytes() {
    return (long) blob.length * blobs;
  }

  void writeAndCommit(String benchmark, ShuffleStore store, MapAttempt attempt) {
    try (MapOutputWriter writer = store.openWriter(attempt)) {
      for (int i = 0; i < blobs; i++) {
        writer.write(partitionOf(i), blob);
      }
    }
    if (!store.commit(attempt)) {
      throw new IllegalStateException(benchmark + ": the store refused to commit " + attempt
          + ", the only attempt of its map task");
    }
  }
}
