package dev.marvel.runtime.shuffle;

import java.util.Iterator;

/**
 * The blobs of one shuffle partition, fetched lazily: by map task, then in the order the map
 * attempt wrote them. Holds at most a few blobs in memory. Close it to release files or
 * connections early.
 */
public interface BlobStream extends Iterator<byte[]>, AutoCloseable {
  @Override
  void close();
}
