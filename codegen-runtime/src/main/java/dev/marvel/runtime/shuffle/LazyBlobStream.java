package dev.marvel.runtime.shuffle;

import java.util.NoSuchElementException;

/** A {@link BlobStream} that fetches one blob ahead, counting what it hands out. */
abstract class LazyBlobStream implements BlobStream {
  private final ShuffleCounters counters;
  private byte[] next;
  private boolean done;

  LazyBlobStream(ShuffleCounters counters) {
    this.counters = counters;
  }

  /** The next blob, or null when there is none. */
  abstract byte[] fetch();

  /** Releases files or cursors; called once, at the end or on close. */
  abstract void release();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = fetch();
      if (next == null) {
        done = true;
        release();
      }
    }
    return next != null;
  }

  @Override
  public final byte[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more shuffle blobs");
    }
    byte[] blob = next;
    next = null;
    counters.read(blob.length);
    return blob;
  }

  @Override
  public final void close() {
    if (!done) {
      done = true;
      next = null;
      release();
    }
  }
}
