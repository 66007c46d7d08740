package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import java.util.Arrays;

/** Decodes ascending keys written by {@link KeyWriter}, field by field. */
public final class KeyReader {
  private byte[] buf;
  private int pos;
  private byte[] scratch = new byte[64];
  private int scratchUsed;

  public KeyReader reset(byte[] bytes, int offset) {
    buf = bytes;
    pos = offset;
    scratchUsed = 0;
    return this;
  }

  public KeyReader reset(ByteSlice key) {
    return reset(key.bytes(), key.offset());
  }

  /** Whether the next field is null; a null field is consumed by this call, a value is not. */
  public boolean nextIsNull() {
    if (buf[pos] == KeyWriter.NULL) {
      pos++;
      return true;
    }
    return false;
  }

  public int readInt() {
    return (int) readLong();
  }

  public long readLong() {
    pos++;
    long u = 0;
    for (int i = 0; i < 8; i++) {
      u = (u << 8) | (buf[pos++] & 0xFFL);
    }
    return u ^ Long.MIN_VALUE;
  }

  public double readDouble() {
    pos++;
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (buf[pos++] & 0xFFL);
    }
    bits = bits < 0 ? bits ^ Long.MIN_VALUE : ~bits;
    return Double.longBitsToDouble(bits);
  }

  public boolean readBool() {
    pos++;
    return buf[pos++] != 0;
  }

  /**
   * Points {@code target} at the next string's bytes: a view into the key when it holds no NUL,
   * else a copy in this reader's scratch space (valid until {@link #reset}).
   */
  public ByteSlice readSlice(ByteSlice target) {
    pos++;
    int start = pos;
    int i = pos;
    while (!(buf[i] == 0 && buf[i + 1] == 0)) {
      if (buf[i] == 0) {
        return readEscaped(target, start);
      }
      i++;
    }
    target.set(buf, start, i - start);
    pos = i + 2;
    return target;
  }

  public String readString() {
    return readSlice(new ByteSlice()).toString();
  }

  private ByteSlice readEscaped(ByteSlice target, int start) {
    int i = start;
    int from = scratchUsed;
    while (true) {
      byte b = buf[i];
      if (b == 0 && buf[i + 1] == 0) {
        break;
      }
      if (scratchUsed == scratch.length) {
        scratch = Arrays.copyOf(scratch, scratch.length * 2);
      }
      scratch[scratchUsed++] = b;
      i += b == 0 ? 2 : 1;
    }
    pos = i + 2;
    target.set(scratch, from, scratchUsed - from);
    return target;
  }
}
