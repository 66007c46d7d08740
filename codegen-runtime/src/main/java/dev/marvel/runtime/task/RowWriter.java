package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import java.util.Arrays;

/**
 * Encodes one row of values for a shuffle or a buffer, compactly: a null bitmap of
 * {@code ceil(fields / 8)} bytes, then each non-null field in order — ints and longs as zig-zag
 * varints, doubles as 8 little-endian bytes, bools as one byte, strings as a varint length and
 * their UTF-8 bytes. Read back with {@link RowReader}. The buffer is reused from row to row.
 */
public final class RowWriter {
  private byte[] buf = new byte[256];
  private int count;
  private int bitmapStart;
  private int field;

  /** Starts a new row of {@code fields} fields (forgets the previous one). */
  public RowWriter reset(int fields) {
    count = 0;
    return begin(fields);
  }

  /** Starts a row of {@code fields} fields after what is already in the buffer. */
  public RowWriter begin(int fields) {
    int bitmap = (fields + 7) >>> 3;
    reserve(bitmap);
    bitmapStart = count;
    Arrays.fill(buf, count, count + bitmap, (byte) 0);
    count += bitmap;
    field = 0;
    return this;
  }

  public void writeNull() {
    buf[bitmapStart + (field >>> 3)] |= (byte) (1 << (field & 7));
    field++;
  }

  public void writeInt(int v) {
    writeLong(v);
  }

  public void writeLong(long v) {
    field++;
    writeVarLong((v << 1) ^ (v >> 63));
  }

  public void writeDouble(double v) {
    field++;
    reserve(8);
    long bits = Double.doubleToRawLongBits(v);
    for (int i = 0; i < 8; i++) {
      buf[count++] = (byte) (bits >>> (8 * i));
    }
  }

  public void writeBool(boolean v) {
    field++;
    reserve(1);
    buf[count++] = (byte) (v ? 1 : 0);
  }

  public void writeBytes(ByteSlice s) {
    writeBytes(s.bytes(), s.offset(), s.length());
  }

  public void writeBytes(byte[] b, int off, int len) {
    field++;
    writeVarLong(len);
    reserve(len);
    System.arraycopy(b, off, buf, count, len);
    count += len;
  }

  public void writeString(String s) {
    field++;
    int len = Utf8.encodedLength(s);
    writeVarLong(len);
    reserve(len);
    count = Utf8.encode(s, buf, count);
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

  private void writeVarLong(long v) {
    reserve(10);
    while ((v & ~0x7FL) != 0) {
      buf[count++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[count++] = (byte) v;
  }

  private void reserve(int n) {
    if (count + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
    }
  }
}
