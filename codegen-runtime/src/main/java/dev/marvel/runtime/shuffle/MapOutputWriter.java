package dev.marvel.runtime.shuffle;

/**
 * Writes one map attempt's shuffle output: per partition, a sequence of blobs (batches of
 * serialized records, typically 1–4 MiB). Nothing written is visible to readers until
 * {@link #close()} has returned and {@link ShuffleStore#commit} chose this attempt.
 * Not thread-safe: one writer per map attempt, used by one thread.
 */
public interface MapOutputWriter extends AutoCloseable {
  /** Appends {@code length} bytes of {@code bytes} from {@code offset} as the next blob of a partition. */
  void write(int partition, byte[] bytes, int offset, int length);

  default void write(int partition, byte[] blob) {
    write(partition, blob, 0, blob.length);
  }

  /** Makes every blob durable in the store; the attempt can be committed afterwards. */
  @Override
  void close();
}
