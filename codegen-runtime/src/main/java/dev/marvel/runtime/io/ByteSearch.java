package dev.marvel.runtime.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time (SWAR: one 64-bit word per step, the zero-byte trick from
 * "Bit Twiddling Hacks"), which is where line and field splitting spend their time.
 */
final class ByteSearch {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';
  private static final long RETURNS = ONES * '\r';

  private ByteSearch() {}

  /** Index of the first {@code '\n'} or {@code '\r'} in {@code [from, to)}, or -1. */
  static int indexOfLineEnd(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(b, i);
      long hits = zeroBytes(word ^ NEWLINES) | zeroBytes(word ^ RETURNS);
      if (hits != 0) {
        // Little-endian: the lowest flagged byte is the first match; borrows only flag higher bytes.
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first {@code target} byte in {@code [from, to)}, or -1. */
  static int indexOf(byte[] b, int from, int to, byte target) {
    long pattern = ONES * (target & 0xFF);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long hits = zeroBytes((long) LONGS.get(b, i) ^ pattern);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Index of the first occurrence of {@code literal} (at least one byte) wholly inside
   * {@code [from, to)}, or -1. Tests its first two bytes at eight positions per step, so a common
   * first byte alone does not stop the scan.
   */
  static int indexOf(byte[] b, int from, int to, byte[] literal) {
    if (literal.length == 1) {
      return indexOf(b, from, to, literal[0]);
    }
    long first = ONES * (literal[0] & 0xFF);
    long second = ONES * (literal[1] & 0xFF);
    int last = to - literal.length; // the last position where the literal fits
    int i = from;
    for (; i + 9 <= to && i <= last; i += 8) {
      long pairs = exactZeroBytes((long) LONGS.get(b, i) ^ first)
          & exactZeroBytes((long) LONGS.get(b, i + 1) ^ second);
      while (pairs != 0) {
        int at = i + (Long.numberOfTrailingZeros(pairs) >>> 3);
        if (at > last) {
          return -1;
        }
        if (startsWith(b, at, literal)) {
          return at;
        }
        pairs &= pairs - 1;
      }
    }
    for (; i <= last; i++) {
      if (b[i] == literal[0] && startsWith(b, i, literal)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the last {@code '\n'} or {@code '\r'} in {@code [from, to)}, or -1. */
  static int lastIndexOfLineEnd(byte[] b, int from, int to) {
    int i = to - 8;
    for (; i >= from; i -= 8) {
      long word = (long) LONGS.get(b, i);
      long hits = exactZeroBytes(word ^ NEWLINES) | exactZeroBytes(word ^ RETURNS);
      if (hits != 0) {
        return i + ((63 - Long.numberOfLeadingZeros(hits)) >>> 3);
      }
    }
    for (int j = i + 7; j >= from; j--) {
      byte c = b[j];
      if (c == '\n' || c == '\r') {
        return j;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int at, byte[] literal) {
    for (int j = 1; j < literal.length; j++) {
      if (b[at + j] != literal[j]) {
        return false;
      }
    }
    return b[at] == literal[0];
  }

  /**
   * High bit set in exactly the bytes that are zero: no borrow crosses bytes, so the flags of two
   * words can be combined and any flagged byte trusted, not only the lowest.
   */
  private static long exactZeroBytes(long word) {
    long low7 = ~HIGHS;
    return ~(((word & low7) + low7) | word | low7);
  }

  /** High bit set in each byte that is zero (exact for the lowest such byte). */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }
}
