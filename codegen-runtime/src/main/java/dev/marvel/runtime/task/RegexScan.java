package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.stdlib.PatternCache;
import dev.marvel.stdlib.RequiredLiteral;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * {@code explode m = regex_matches(text, "constant pattern")} without a list per row: the
 * matches of one text, found one by one with a reused matcher. Texts that lack a literal every
 * match must contain ({@link RequiredLiteral}) are skipped on their bytes, before any decoding —
 * the prefilter GNU grep uses. An ASCII text is matched through a view of its bytes and its
 * matches are views too ({@link #matchBytes()}); only other texts are decoded. The matches are
 * those of the stdlib's {@code regex_matches}.
 */
public final class RegexScan {
  private final Matcher matcher;
  private final byte[] literal;
  private final AsciiChars chars = new AsciiChars();
  private final ByteSlice match = new ByteSlice();
  /** The bytes the matcher runs over, one char per byte; null when it runs over a decoded String. */
  private byte[] asciiBytes;
  private int asciiOffset;

  public RegexScan(String pattern) {
    this.matcher = PatternCache.compiled(pattern).matcher("");
    this.literal = RequiredLiteral.inLineBytes(pattern).orElse(null);
  }

  /** Starts on {@code text}; false when it cannot contain a match. */
  public boolean reset(ByteSlice text) {
    byte[] b = text.bytes();
    int offset = text.offset();
    int length = text.length();
    if (literal != null && !contains(b, offset, length, literal)) {
      return false;
    }
    if (AsciiChars.isAscii(b, offset, length)) {
      chars.set(b, offset, length);
      matcher.reset(chars);
      asciiBytes = b;
      asciiOffset = offset;
    } else {
      matcher.reset(text.toString());
      asciiBytes = null;
    }
    return true;
  }

  /** Starts on {@code text}; false when it cannot contain a match. */
  public boolean reset(String text) {
    matcher.reset(text);
    asciiBytes = null;
    return true;
  }

  /** Moves to the next match; false when there is none. */
  public boolean find() {
    return matcher.find();
  }

  /** The text of the current match (group 0). */
  public String match() {
    return matcher.group();
  }

  /**
   * The current match (group 0) as UTF-8 bytes: a view into the text's bytes when it is ASCII
   * (valid until the text's buffer moves on), else the encoding of the decoded match.
   */
  public ByteSlice matchBytes() {
    if (asciiBytes != null) {
      match.set(asciiBytes, asciiOffset + matcher.start(), matcher.end() - matcher.start());
    } else {
      byte[] encoded = matcher.group().getBytes(StandardCharsets.UTF_8);
      match.set(encoded, 0, encoded.length);
    }
    return match;
  }

  static boolean contains(byte[] b, int off, int len, byte[] lit) {
    byte first = lit[0];
    int last = off + len - lit.length;
    outer:
    for (int i = off; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int j = 1; j < lit.length; j++) {
        if (b[i + j] != lit[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
