package dev.marvel.stdlib;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled regular expressions by source text, so a per-row call such as
 * {@code regex_matches(line, pattern)} compiles its pattern once, not once per row. Generated
 * code may use it directly for the {@code matches} operator.
 *
 * <p>A pipeline uses a handful of distinct patterns; if a data-dependent pattern floods the
 * cache past {@link #CAPACITY}, it simply starts over, which bounds memory without the locking
 * an LRU list would add to every lookup.
 */
public final class PatternCache {

  static final int CAPACITY = 256;

  private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private PatternCache() {}

  /**
   * The compiled form of {@code regex} (java.util.regex syntax).
   *
   * @throws IllegalArgumentException saying what is wrong when {@code regex} is not a valid pattern
   */
  public static Pattern compiled(String regex) {
    Pattern pattern = PATTERNS.get(regex);
    if (pattern != null) {
      return pattern;
    }
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid regular expression `" + regex + "`: "
          + e.getDescription() + " near index " + e.getIndex(), e);
    }
    if (PATTERNS.size() >= CAPACITY) {
      PATTERNS.clear();
    }
    PATTERNS.put(regex, pattern);
    return pattern;
  }

  static int size() {
    return PATTERNS.size();
  }
}
