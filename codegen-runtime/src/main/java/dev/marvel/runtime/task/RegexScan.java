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
 * the prefilter GNU grep uses. The matches are those of the stdlib's {@code regex_matches}.
 */
public final class RegexScan {
  private final Matcher matcher;
  private final byte[] literal;

  public RegexScan(String pattern) {
    this.matcher = PatternCache.compiled(pattern).matcher("");
    this.literal = RequiredLiteral.of(pattern).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  /** Starts on {@code text}; false when it cannot contain a match. */
  public boolean reset(ByteSlice text) {
    if (literal != null && !contains(text.bytes(), text.offset(), text.length(), literal)) {
      return false;
    }
    matcher.reset(text.toString());
    return true;
  }

  /** Starts on {@code text}; false when it cannot contain a match. */
  public boolean reset(String text) {
    matcher.reset(text);
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
