package dev.marvel.runtime.io;

/**
 * A record the input cannot be parsed as, under a policy that does not allow skipping it (any
 * more). It is a fact about the data, so retrying the task cannot help; the message names the
 * file, the record's byte offset, the line when known, the column and the reason, e.g.
 * {@code hdfs://nn/uservisits/part-00003: byte 1048712: column 4 (adRevenue): "12,5x" is not a double}.
 */
public final class BadRecordException extends RuntimeException {
  private final String path;
  private final long byteOffset;

  public BadRecordException(String path, long byteOffset, String message) {
    super(message);
    this.path = path;
    this.byteOffset = byteOffset;
  }

  /** URI of the file holding the record. */
  public String path() {
    return path;
  }

  /** Absolute byte offset in the file where the record starts. */
  public long byteOffset() {
    return byteOffset;
  }
}
