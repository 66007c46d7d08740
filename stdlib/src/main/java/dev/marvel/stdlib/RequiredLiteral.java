package dev.marvel.stdlib;

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

  private static String longer(String best, StringBuilder run) {
    String candidate = run.toString();
    run.setLength(0);
    return candidate.length() > best.length() ? candidate : best;
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
