package dev.marvel.bench.jmh;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.task.AsciiWords;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Every word of a text block in order, lower-cased as WordCount's {@code tokenize(lower(s))}
 * makes them, letters back to back: word {@code i} is {@code letters[ends[i-1] .. ends[i])}. Made
 * once in setup, so benchmarks of what happens to words measure only that.
 */
record WordList(byte[] letters, int[] ends) {
  static WordList of(byte[] text) {
    LineIndex lines = LineIndex.of(text);
    AsciiWords words = new AsciiWords(true);
    ByteSlice line = new ByteSlice();
    byte[] letters = new byte[text.length];
    int[] ends = new int[text.length / 2 + 1];
    int count = 0;
    int used = 0;
    for (int i = 0; i < lines.count(); i++) {
      line.set(text, lines.starts()[i], lines.lengths()[i]);
      words.reset(line);
      while (words.next()) {
        ByteSlice w = words.word();
        System.arraycopy(w.bytes(), w.offset(), letters, used, w.length());
        used += w.length();
        ends[count++] = used;
      }
    }
    return new WordList(Arrays.copyOf(letters, used), Arrays.copyOf(ends, count));
  }

  int count() {
    return ends.length;
  }

  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  int length(int i) {
    return ends[i] - start(i);
  }

  String word(int i) {
    return new String(letters, start(i), length(i), StandardCharsets.ISO_8859_1);
  }
}
