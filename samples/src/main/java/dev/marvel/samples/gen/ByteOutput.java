package dev.marvel.samples.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output file written through one large byte buffer, with the few append operations the
 * generators need (ASCII text and decimal numbers without going through {@code String}).
 */
final class ByteOutput implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 20;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int used;
  private long written;

  ByteOutput(Path file) throws IOException {
    out = Files.newOutputStream(file);
  }

  /** Bytes appended so far. */
  long size() {
    return written + used;
  }

  void put(byte b) throws IOException {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = b;
  }

  void put(byte[] bytes) throws IOException {
    put(bytes, 0, bytes.length);
  }

  void put(byte[] bytes, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      flush();
      if (length > buffer.length) {
        out.write(bytes, offset, length);
        written += length;
        return;
      }
    }
    System.arraycopy(bytes, offset, buffer, used, length);
    used += length;
  }

  /** Appends text known to be ASCII. */
  void putAscii(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      put((byte) text.charAt(i));
    }
  }

  /** Appends a non-negative number in decimal, left-padded with zeros to {@code width} digits. */
  void putDecimal(long value, int width) throws IOException {
    if (used + 20 > buffer.length) {
      flush();
    }
    int digits = 1;
    for (long v = value / 10; v > 0; v /= 10) {
      digits++;
    }
    int length = Math.max(digits, width);
    long v = value;
    for (int i = used + length - 1; i >= used; i--) {
      buffer[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    used += length;
  }

  void putDecimal(long value) throws IOException {
    putDecimal(value, 1);
  }

  private void flush() throws IOException {
    out.write(buffer, 0, used);
    written += used;
    used = 0;
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      out.close();
    }
  }
}
