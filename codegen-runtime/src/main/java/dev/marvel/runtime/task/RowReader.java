package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import java.nio.charset.StandardCharsets;

/**
 * Decodes rows written by {@link RowWriter}. {@link #isNull(int)} reads the bitmap; the
 * {@code read…} methods read the non-null fields in order. Strings can be read as views
 * ({@link #readSlice}) so decoding allocates nothing.
 */
public final class RowReader {
  private byte[] buf;
  private int pos;
  private int bitmapStart;

  /** Reads the row starting at {@code offset} of {@code bytes}, which has {@code fields} fields. */
  public RowReader reset(byte[] bytes, int offset, int fields) {
    buf = bytes;
    bitmapStart = offset;
    pos = offset + ((fields + 7) >>> 3);
    return this;
  }

  public RowReader reset(ByteSlice row, int fields) {
    return reset(row.bytes(), row.offset(), fields);
  }

  public boolean isNull(int field) {
    return (buf[bitmapStart + (field >>> 3)] & (1 << (field & 7))) != 0;
  }

  public int readInt() {
    return (int) readLong();
  }

  public long readLong() {
    long raw = readVarLong();
    return (raw >>> 1) ^ -(raw & 1);
  }

  public double readDouble() {
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits |= (buf[pos++] & 0xFFL) << (8 * i);
    }
    return Double.longBitsToDouble(bits);
  }

  public boolean readBool() {
    return buf[pos++] != 0;
  }

  /** Points {@code target} at the next string's bytes (valid as long as the row's buffer is). */
  public ByteSlice readSlice(ByteSlice target) {
    int len = (int) readVarLong();
    target.set(buf, pos, len);
    pos += len;
    return target;
  }

  public String readString() {
    int len = (int) readVarLong();
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  /** Where the row ended: the offset after its last field. */
  public int position() {
    return pos;
  }

  private long readVarLong() {
    long v = 0;
    int shift = 0;
    byte b;
    do {
      b = buf[pos++];
      v |= (long) (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return v;
  }
}
