package dev.marvel.stdlib;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds a literal that every match of a regular expression must contain, so a scan can skip the
 * lines without it before running the regex (what GNU grep does). Conservative: a pattern with
 * alternation, flags, or only optional literals has none. Generated Grep-like stages use it, and
 * so does the hand-written reference the benchmarks compare them with.
 */
public final class RequiredLiteral {
  private RequiredLiteral() {}

  /** The longest literal every match contains, if the pattern has one. */
  public static Optional<String> of(String pattern) {
    if (pattern.contains("(?")) {
      return Optional.empty();
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '|' -> {
          return Optional.empty();
        }
        case '\\' -> {
          char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
          i++;
          if (depth == 0 && next != 0 && !Character.isLetterOrDigit(next)) {
            run.append(next);
          } else {
            best = longer(best, run);
            i = escapeEnd(pattern, i);
          }
        }
        case '[' -> {
          best = longer(best, run);
          i = classEnd(pattern, i);
        }
        case '(' -> {
          best = longer(best, run);
          depth++;
        }
        case ')' -> {
          best = longer(best, run);
          depth = Math.max(0, depth - 1);
        }
        case '*', '?', '{' -> {
          // The previous atom may be absent: it is not required.
          if (run.length() > 0) {
            run.setLength(run.length() - 1);
          }
          best = longer(best, run);
          i = c == '{' ? pattern.indexOf('}', i) : i;
          if (i < 0) {
            return Optional.empty();
          }
          i = skipLazyOrPossessive(pattern, i);
        }
        case '+' -> {
          best = longer(best, run);
          i = skipLazyOrPossessive(pattern, i);
        }
        case '.', '^', '$' -> best = longer(best, run);
        default -> {
          if (depth == 0) {
            run.append(c);
          }
        }
      }
    }
    best = longer(best, run);
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }

  /**
   * The UTF-8 bytes of {@link #of}'s literal when the bytes of any line (any text without a line
   * end) with a match must contain them, decoded or not: none when the literal holds a line end
   * (no line can match) or U+FFFD (a malformed byte sequence decodes to it without containing
   * its bytes).
   */
  public static Optional<byte[]> inLineBytes(String pattern) {
    return of(pattern).filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\uFFFD') < 0)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static String longer(String best, StringBuilder run) {
    String candidate = run.toString();
    run.setLength(0);
    return candidate.length() > best.length() ? candidate : best;
  }

  /**
   * Index of the last character of the escape whose letter or digit is at {@code at}. The
   * arguments of the escapes {@code x} (hex), {@code u} (four hex digits), {@code 0} (octal),
   * {@code c} (control), {@code p}/{@code P}/{@code N} (properties and names), {@code k} (named
   * back-reference), a back-reference's digits and a {@code Q}…{@code E} quote are no literal
   * text of the pattern.
   */
  private static int escapeEnd(String p, int at) {
    if (at >= p.length()) {
      return at;
    }
    char c = p.charAt(at);
    int end = switch (c) {
      case 'x' -> braced(p, at) ? p.indexOf('}', at) : at + 2;
      case 'u' -> at + 4;
      case 'c' -> at + 1;
      case 'p', 'P', 'N' -> braced(p, at) ? p.indexOf('}', at) : at + 1;
      case 'k' -> p.indexOf('>', at);
      case 'Q' -> {
        int quoteEnd = p.indexOf("\\E", at);
        yield quoteEnd < 0 ? p.length() : quoteEnd + 1;
      }
      case '0' -> digitsEnd(p, at, 3, "01234567");
      default -> Character.isDigit(c) ? digitsEnd(p, at, Integer.MAX_VALUE, "0123456789") : at;
    };
    return end < 0 ? p.length() : Math.min(end, p.length());
  }

  private static boolean braced(String p, int at) {
    return at + 1 < p.length() && p.charAt(at + 1) == '{';
  }

  /** The last of up to {@code max} characters of {@code digits} following {@code at}. */
  private static int digitsEnd(String p, int at, int max, String digits) {
    int end = at;
    while (end + 1 < p.length() && end - at < max && digits.indexOf(p.charAt(end + 1)) >= 0) {
      end++;
    }
    return end;
  }

  /** Index of the {@code ]} closing the class that opens at {@code open}. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    for (; i < p.length(); i++) {
      if (p.charAt(i) == '\\') {
        i++;
      } else if (p.charAt(i) == ']') {
        return i;
      }
    }
    return p.length();
  }

  private static int skipLazyOrPossessive(String p, int i) {
    return i + 1 < p.length() && (p.charAt(i + 1) == '?' || p.charAt(i + 1) == '+') ? i + 1 : i;
  }
}
