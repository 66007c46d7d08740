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

  /** High bit set in each byte that is zero (exact for the lowest such byte). */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }
}
