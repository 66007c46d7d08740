package dev.marvel.bench.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Hands every {@code \n}-terminated line of the files to a visitor as a range of one byte array,
 * reading 4 MiB blocks: no object per line. A line cut by a block boundary is moved to the front
 * of the buffer before the next read (the buffer grows for a line longer than a block).
 */
final class LineScanner {
  static final int BLOCK = 4 << 20;

  /** One line, {@code buf[start, end)} without its line end. */
  interface Visitor {
    void line(byte[] buf, int start, int end) throws IOException;
  }

  private LineScanner() {}

  static void scan(List<Path> files, Visitor visitor) throws IOException {
    scan(files, BLOCK, visitor);
  }

  static void scan(List<Path> files, int blockSize, Visitor visitor) throws IOException {
    byte[] buf = new byte[blockSize];
    for (Path file : files) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        int kept = 0;
        while (true) {
          if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int n = ch.read(ByteBuffer.wrap(buf, kept, buf.length - kept));
          if (n < 0) {
            break;
          }
          int limit = kept + n;
          int start = 0;
          for (int i = kept; i < limit; i++) {
            if (buf[i] == '\n') {
              visitor.line(buf, start, i > start && buf[i - 1] == '\r' ? i - 1 : i);
              start = i + 1;
            }
          }
          kept = limit - start;
          System.arraycopy(buf, start, buf, 0, kept);
        }
        if (kept > 0) {
          visitor.line(buf, 0, kept);
        }
      }
    }
  }

  /** The index of the {@code n}-th (0-based) comma at or after {@code from}, or {@code end} if there are fewer. */
  static int comma(byte[] buf, int from, int end, int n) {
    for (int i = from; i < end; i++) {
      if (buf[i] == ',' && n-- == 0) {
        return i;
      }
    }
    return end;
  }

  /** A non-negative decimal integer. */
  static int parseInt(byte[] buf, int start, int end) {
    int v = 0;
    for (int i = start; i < end; i++) {
      v = v * 10 + (buf[i] - '0');
    }
    return v;
  }

  /**
   * A decimal like {@code 723.551533} as the nearest double, without a String: digits and scale
   * are exact in a long, and one correctly rounded division by an exact power of ten gives what
   * {@link Double#parseDouble} gives. Other forms go through {@code parseDouble}.
   */
  static double parseDouble(byte[] buf, int start, int end) {
    long digits = 0;
    int scale = -1;
    int count = 0;
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b == '.' && scale < 0) {
        scale = 0;
      } else if (b >= '0' && b <= '9' && count < 15) {
        digits = digits * 10 + (b - '0');
        count++;
        scale += scale >= 0 ? 1 : 0;
      } else {
        return Double.parseDouble(new String(buf, start, end - start, StandardCharsets.US_ASCII));
      }
    }
    return scale <= 0 ? digits : digits / POWERS_OF_TEN[scale];
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15};
}
