package dev.marvel.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Regular-expression functions in java.util.regex syntax. Patterns match anywhere in the text
 * (find semantics); anchor with {@code ^…$} to match the whole text. An invalid pattern fails the
 * call with an {@link IllegalArgumentException} that quotes the pattern.
 */
public final class RegexFunctions {

  private RegexFunctions() {}

  /**
   * Hadoop's Grep example counts {@code matcher.group(0)} of every {@code find()} (its
   * RegexMapper's default group), and so does this; empty matches are included, as there.
   */
  @Builtin(name = "regex_matches", signature = "(string, string): list<string>",
      params = {"s", "pattern"},
      doc = "Every match of `pattern` in the text, left to right, as the whole matched text "
          + "(group 0), like Hadoop's Grep; empty if nothing matches.")
  public static List<String> regexMatches(String s, String pattern) {
    List<String> found = new ArrayList<>();
    Matcher m = PatternCache.compiled(pattern).matcher(s);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Builtin(name = "regex_extract", signature = "(string, string, int): string",
      params = {"s", "pattern", "group"},
      doc = "Group `group` (0 = the whole match) of the first match of `pattern`, or null when "
          + "nothing matches or that group took no part in the match.")
  public static String regexExtract(String s, String pattern, int group) {
    Matcher m = PatternCache.compiled(pattern).matcher(s);
    if (group < 0 || group > m.groupCount()) {
      throw new IllegalArgumentException("regex_extract: pattern `" + pattern + "` has "
          + m.groupCount() + " group(s), so group " + group + " does not exist");
    }
    return m.find() ? m.group(group) : null;
  }

  @Builtin(name = "regex_replace", signature = "(string, string, string): string",
      params = {"s", "pattern", "replacement"},
      doc = "The text with every match of `pattern` replaced; `$1` in `replacement` inserts "
          + "group 1 and `\\$` a dollar sign.")
  public static String regexReplace(String s, String pattern, String replacement) {
    Matcher m = PatternCache.compiled(pattern).matcher(s);
    try {
      return m.replaceAll(replacement);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("regex_replace: bad replacement `" + replacement
          + "` for pattern `" + pattern + "`: " + e.getMessage(), e);
    }
  }
}
