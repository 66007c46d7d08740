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
