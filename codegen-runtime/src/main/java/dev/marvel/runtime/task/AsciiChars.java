package dev.marvel.runtime.task;

import java.nio.charset.StandardCharsets;

/**
 * A reusable {@link CharSequence} over ASCII bytes, one char per byte, so a regex can run over a
 * line's bytes without decoding them into a String. Only valid for bytes below 0x80, where
 * UTF-8 and the chars agree; the caller checks ({@link #isAscii}).
 */
final class AsciiChars implements CharSequence {
  private byte[] bytes = new byte[0];
  private int offset;
  private int length;

  /** Whether every byte of {@code [offset, offset + length)} is ASCII. */
  static boolean isAscii(byte[] b, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Repoints this view; no bytes are copied. */
  void set(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " outside text of length " + length);
    }
    return (char) bytes[offset + index];
  }

  /** A String copy: a match kept past the next line must not change with the buffer. */
  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || start > end || end > length) {
      throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside text of length " + length);
    }
    return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }
}
