package dev.marvel.runtime.shuffle;

import java.util.concurrent.atomic.LongAdder;

/** Bytes and blobs a {@link ShuffleStore} moved in this process, safe to update from many threads. */
public final class ShuffleCounters {
  private final LongAdder bytesWritten = new LongAdder();
  private final LongAdder blobsWritten = new LongAdder();
  private final LongAdder bytesRead = new LongAdder();
  private final LongAdder blobsRead = new LongAdder();

  public long bytesWritten() {
    return bytesWritten.sum();
  }

  public long blobsWritten() {
    return blobsWritten.sum();
  }

  public long bytesRead() {
    return bytesRead.sum();
  }

  public long blobsRead() {
    return blobsRead.sum();
  }

  void wrote(int bytes) {
    bytesWritten.add(bytes);
    blobsWritten.increment();
  }

  void read(int bytes) {
    bytesRead.add(bytes);
    blobsRead.increment();
  }

  @Override
  public String toString() {
    return "written " + blobsWritten() + " blobs / " + bytesWritten() + " bytes, read "
        + blobsRead() + " blobs / " + bytesRead() + " bytes";
  }
}
