package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import java.util.Arrays;

/**
 * Encodes grouping, join and sort keys so that comparing the bytes unsigned compares the values:
 * equal keys have equal bytes (they hash and group on bytes), and sorting the bytes sorts the rows.
 *
 * <p>Each field starts with a marker, {@code 0x01} for a value and {@code 0x02} for null, so
 * nulls sort after every value. Ints, longs and dates are 8 big-endian bytes with the sign bit
 * flipped; doubles the IEEE bits transformed into the same order ({@code -0.0} equals
 * {@code 0.0}, all NaNs equal and last); bools one byte; strings their UTF-8 bytes with
 * {@code 0x00} escaped as {@code 0x00 0xFF} and ended by {@code 0x00 0x00}. A descending field
 * has all its bytes inverted. {@link KeyReader} decodes ascending keys.
 */
public final class KeyWriter {
  static final byte VALUE = 1;
  static final byte NULL = 2;

  private byte[] buf = new byte[128];
  private int count;

  public KeyWriter reset() {
    count = 0;
    return this;
  }

  public void writeNull(boolean descending) {
    reserve(1);
    buf[count++] = descending ? (byte) ~NULL : NULL;
  }

  public void writeInt(int v, boolean descending) {
    writeLong(v, descending);
  }

  public void writeLong(long v, boolean descending) {
    int start = count;
    reserve(9);
    buf[count++] = VALUE;
    long u = v ^ Long.MIN_VALUE;
    for (int i = 7; i >= 0; i--) {
      buf[count++] = (byte) (u >>> (8 * i));
    }
    invertIf(descending, start);
  }

  public void writeDouble(double v, boolean descending) {
    long bits = Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
    bits = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    int start = count;
    reserve(9);
    buf[count++] = VALUE;
    for (int i = 7; i >= 0; i--) {
      buf[count++] = (byte) (bits >>> (8 * i));
    }
    invertIf(descending, start);
  }

  public void writeBool(boolean v, boolean descending) {
    int start = count;
    reserve(2);
    buf[count++] = VALUE;
    buf[count++] = (byte) (v ? 1 : 0);
    invertIf(descending, start);
  }

  public void writeBytes(ByteSlice s, boolean descending) {
    writeBytes(s.bytes(), s.offset(), s.length(), descending);
  }

  public void writeBytes(byte[] b, int off, int len, boolean descending) {
    int start = count;
    reserve(2 * len + 3);
    buf[count++] = VALUE;
    for (int i = off, end = off + len; i < end; i++) {
      byte x = b[i];
      buf[count++] = x;
      if (x == 0) {
        buf[count++] = (byte) 0xFF;
      }
    }
    buf[count++] = 0;
    buf[count++] = 0;
    invertIf(descending, start);
  }

  public void writeString(String s, boolean descending) {
    int len = Utf8.encodedLength(s);
    int start = count;
    reserve(2 * len + 3);
    buf[count++] = VALUE;
    int textStart = count;
    int textEnd = Utf8.encode(s, buf, count);
    int zeros = 0;
    for (int i = textStart; i < textEnd; i++) {
      zeros += buf[i] == 0 ? 1 : 0;
    }
    if (zeros > 0) {
      // Escape NULs from the back so every byte moves once.
      int to = textEnd + zeros;
      for (int from = textEnd - 1; from >= textStart; from--) {
        if (buf[from] == 0) {
          buf[--to] = (byte) 0xFF;
        }
        buf[--to] = buf[from];
      }
    }
    count = textEnd + zeros;
    buf[count++] = 0;
    buf[count++] = 0;
    invertIf(descending, start);
  }

  public byte[] buffer() {
    return buf;
  }

  public int length() {
    return count;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, count);
  }

  private void invertIf(boolean descending, int start) {
    if (descending) {
      for (int i = start; i < count; i++) {
        buf[i] = (byte) ~buf[i];
      }
    }
  }

  private void reserve(int n) {
    if (count + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
    }
  }
}
