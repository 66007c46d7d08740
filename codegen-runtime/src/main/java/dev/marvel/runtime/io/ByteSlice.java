package dev.marvel.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable view of UTF-8 bytes inside a larger array, in the manner of Hadoop's {@code Text} and
 * Spark's {@code UTF8String}: readers repoint one instance at each line or field instead of
 * allocating, so the hot loop creates no object per record.
 *
 * <p>A slice is only valid until its owner moves on (the next {@code next()} call); copy it
 * ({@link #toByteArray()}, {@link #toString()}) to keep it. It deliberately does not override
 * {@code equals}/{@code hashCode}: a mutable key in a hash map is a bug waiting to happen, so
 * content comparison and hashing are explicit ({@link #contentEquals}, {@link #contentHash}).
 */
public final class ByteSlice {
  private byte[] bytes;
  private int offset;
  private int length;

  public ByteSlice() {
    this(new byte[0], 0, 0);
  }

  public ByteSlice(byte[] bytes, int offset, int length) {
    set(bytes, offset, length);
  }

  /** A slice over a copy of {@code text} encoded as UTF-8 (for tests and constants, not hot loops). */
  public static ByteSlice of(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return new ByteSlice(b, 0, b.length);
  }

  /** Repoints this view; no bytes are copied. */
  public void set(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /** The backing array; bytes outside {@code [offset, offset + length)} belong to someone else. */
  public byte[] bytes() {
    return bytes;
  }

  public int offset() {
    return offset;
  }

  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  /** The byte at {@code index} (0-based, relative to this slice). */
  public byte byteAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " outside slice of length " + length);
    }
    return bytes[offset + index];
  }

  public boolean contentEquals(byte[] other, int otherOffset, int otherLength) {
    return Arrays.equals(bytes, offset, offset + length, other, otherOffset, otherOffset + otherLength);
  }

  public boolean contentEquals(ByteSlice other) {
    return contentEquals(other.bytes, other.offset, other.length);
  }

  /** Lexicographic comparison of unsigned bytes, which for UTF-8 is code-point order. */
  public int compareTo(ByteSlice other) {
    return Arrays.compareUnsigned(bytes, offset, offset + length,
        other.bytes, other.offset, other.offset + other.length);
  }

  /** A hash of the content, equal for equal content whatever array holds it. */
  public int contentHash() {
    int h = 1;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }

  /** A fresh array with this slice's bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(bytes, offset, offset + length);
  }

  /** The content decoded as UTF-8 (malformed sequences become U+FFFD); allocates a String. */
  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }
}
