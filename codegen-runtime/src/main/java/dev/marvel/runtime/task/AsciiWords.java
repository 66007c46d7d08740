package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code tokenize(s)} and {@code tokenize(lower(s))} on UTF-8 bytes: the maximal runs of ASCII
 * letters of a line, as the stdlib's {@code tokenize} defines words, each delivered as a view
 * ({@link #word()}) — lower-cased into a scratch buffer when asked — so counting words creates
 * no String per word. A byte of a multi-byte UTF-8 sequence is never an ASCII letter, so
 * scanning bytes finds the same words as scanning characters.
 */
public final class AsciiWords {
  private final boolean lower;
  private final ByteSlice word = new ByteSlice();
  private byte[] line;
  private int pos;
  private int end;
  private byte[] scratch = new byte[64];

  public AsciiWords(boolean lower) {
    this.lower = lower;
  }

  public AsciiWords reset(ByteSlice text) {
    if (lower && !isAscii(text)) {
      // Unicode lower-casing can make ASCII letters of other ones (U+212A KELVIN SIGN is 'k'):
      // such rare lines take the String path to stay exactly equal to tokenize(lower(s)).
      byte[] b = text.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      line = b;
      pos = 0;
      end = b.length;
      return this;
    }
    line = text.bytes();
    pos = text.offset();
    end = text.offset() + text.length();
    return this;
  }

  /** Reads a String (when the text was computed, not read). */
  public AsciiWords reset(String text) {
    return reset(ByteSlice.of(text));
  }

  public boolean next() {
    byte[] b = line;
    int i = pos;
    while (i < end && !isLetter(b[i])) {
      i++;
    }
    if (i == end) {
      pos = end;
      return false;
    }
    int start = i;
    while (i < end && isLetter(b[i])) {
      i++;
    }
    pos = i;
    int len = i - start;
    if (!lower) {
      word.set(b, start, len);
      return true;
    }
    if (scratch.length < len) {
      scratch = new byte[Math.max(len, scratch.length * 2)];
    }
    for (int k = 0; k < len; k++) {
      scratch[k] = (byte) (b[start + k] | 0x20);
    }
    word.set(scratch, 0, len);
    return true;
  }

  public ByteSlice word() {
    return word;
  }

  private static boolean isAscii(ByteSlice text) {
    byte[] b = text.bytes();
    for (int i = text.offset(), e = text.offset() + text.length(); i < e; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
