package dev.marvel.samples.gen;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Distinct made-up lower-case ASCII words, ranked: rank 0 is the most frequent under the Zipf
 * sampler. Frequent words are short, as in natural language. The letters of all words sit in
 * one array, so copying a word does not chase a pointer per word.
 */
final class Vocabulary {

  private final byte[] letters;
  private final int[] offsets;

  Vocabulary(int size, long seed) {
    byte[][] words = new byte[size][];
    Set<String> seen = new HashSet<>();
    SplitMix64 random = new SplitMix64(0);
    random.reseed(seed, 0x766f636162L, 0);
    int rank = 0;
    while (rank < size) {
      int length = 1 + random.nextInt(3)
          + (int) (Math.log(rank + 2) / Math.log(4)) + random.nextInt(3);
      char[] letters = new char[Math.min(length, 16)];
      for (int i = 0; i < letters.length; i++) {
        letters[i] = (char) ('a' + random.nextInt(26));
      }
      String word = new String(letters);
      if (seen.add(word)) {
        words[rank++] = word.getBytes(StandardCharsets.US_ASCII);
      }
    }
    offsets = new int[size + 1];
    for (int r = 0; r < size; r++) {
      offsets[r + 1] = offsets[r] + words[r].length;
    }
    letters = new byte[offsets[size]];
    for (int r = 0; r < size; r++) {
      System.arraycopy(words[r], 0, letters, offsets[r], words[r].length);
    }
  }

  int size() {
    return offsets.length - 1;
  }

  int length(int rank) {
    return offsets[rank + 1] - offsets[rank];
  }

  /**
   * Copies the word of this rank, or its first {@code max} letters, into {@code target} at
   * {@code at}; returns the number of letters copied.
   */
  int copy(int rank, byte[] target, int at, int max) {
    int length = Math.min(offsets[rank + 1] - offsets[rank], max);
    System.arraycopy(letters, offsets[rank], target, at, length);
    return length;
  }

  String word(int rank) {
    return new String(letters, offsets[rank], length(rank), StandardCharsets.US_ASCII);
  }
}
