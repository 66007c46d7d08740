package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search against a byte loop, at every alignment and with high bytes. */
class ByteSearchTest {
  @Test
  void findsTheSameBytesAsAPlainLoop() {
    Random random = new Random(3);
    byte[] alphabet = {'a', ',', '\n', '\r', (byte) 0x8A, (byte) 0x8D, (byte) 0xFF, 0, 1, 0x0B};
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      assertEquals(naiveLineEnd(b, from, to), ByteSearch.indexOfLineEnd(b, from, to));
      assertEquals(naive(b, from, to, (byte) ','), ByteSearch.indexOf(b, from, to, (byte) ','));
      assertEquals(naive(b, from, to, (byte) 0xFF), ByteSearch.indexOf(b, from, to, (byte) 0xFF));
    }
  }

  @Test
  void findsLiteralsAndLastLineEndsAsAPlainLoop() {
    Random random = new Random(5);
    byte[] alphabet = {'q', 'u', '\n', '\r', (byte) 0xC3, (byte) 0xA9, 0, (byte) 0x80, 1};
    byte[][] literals = {{'q'}, {'q', 'u'}, {'u', 'q', 'u'}, {(byte) 0xC3, (byte) 0xA9}, {0, 1}, {'q', 'q', 'q', 'q'}};
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(3) == 0 ? (byte) 'x' : alphabet[random.nextInt(alphabet.length)];
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      for (byte[] literal : literals) {
        assertEquals(naive(b, from, to, literal), ByteSearch.indexOf(b, from, to, literal));
      }
      assertEquals(naiveLastLineEnd(b, from, to), ByteSearch.lastIndexOfLineEnd(b, from, to));
    }
  }

  private static int naive(byte[] b, int from, int to, byte[] literal) {
    outer:
    for (int i = from; i + literal.length <= to; i++) {
      for (int j = 0; j < literal.length; j++) {
        if (b[i + j] != literal[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int naiveLastLineEnd(byte[] b, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static int naiveLineEnd(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static int naive(byte[] b, int from, int to, byte target) {
    for (int i = from; i < to; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }
}
