package dev.marvel.samples.gen;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Distinct made-up lower-case ASCII words, ranked: rank 0 is the most frequent under the Zipf
 * sampler. Frequent words are short, as in natural language.
 */
final class Vocabulary {

  private final byte[][] words;

  Vocabulary(int size, long seed) {
    words = new byte[size][];
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
  }

  int size() {
    return words.length;
  }

  /** The word of this rank as ASCII bytes; callers must not modify it. */
  byte[] bytes(int rank) {
    return words[rank];
  }

  String word(int rank) {
    return new String(words[rank], StandardCharsets.US_ASCII);
  }
}
