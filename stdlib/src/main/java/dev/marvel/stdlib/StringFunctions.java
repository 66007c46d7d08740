package dev.marvel.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text functions. Lengths and positions count Unicode code points (what a reader sees as
 * characters for all but combining sequences), not UTF-16 units, so an emoji is one character.
 */
public final class StringFunctions {

  private StringFunctions() {}

  @Builtin(name = "lower", signature = "(string): string", params = {"s"},
      doc = "The text in lower case (locale-independent Unicode rules).")
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Builtin(name = "upper", signature = "(string): string", params = {"s"},
      doc = "The text in upper case (locale-independent Unicode rules).")
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  @Builtin(name = "trim", signature = "(string): string", params = {"s"},
      doc = "The text without leading and trailing white space (Unicode white space).")
  public static String trim(String s) {
    return s.strip();
  }

  @Builtin(name = "length", signature = "(string): int", params = {"s"},
      doc = "The number of characters (Unicode code points) in the text.")
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * SQL-standard SUBSTRING(s FROM start FOR len): the characters at positions
   * {@code [start, start + len)} that exist, so a start before 1 eats into the length
   * ({@code substr("abc", 0, 2) = "a"}) and a negative length gives "" instead of an error.
   */
  @Builtin(name = "substr", signature = "(string, int, int): string", params = {"s", "start", "len"},
      doc = "The `len` characters starting at 1-based position `start`, like SQL SUBSTRING; "
          + "positions outside the text are skipped, so it never fails.")
  public static String substr(String s, int start, int len) {
    long from = Math.max(start, 1L);
    long to = Math.min((long) start + len, (long) Integer.MAX_VALUE);
    if (len <= 0 || to <= from) {
      return "";
    }
    int chars = s.length();
    int begin = offsetOrEnd(s, 0, from - 1);
    if (begin == chars) {
      return "";
    }
    int end = offsetOrEnd(s, begin, to - from);
    return s.substring(begin, end);
  }

  /** The UTF-16 index {@code codePoints} code points after {@code index}, or the end of {@code s}. */
  private static int offsetOrEnd(String s, int index, long codePoints) {
    int i = index;
    for (long n = 0; n < codePoints && i < s.length(); n++) {
      i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
    }
    return i;
  }

  @Builtin(name = "concat", signature = "(string, string): string", params = {"a", "b"},
      doc = "The two texts joined, `a` first (the same as `a + b`).")
  public static String concat(String a, String b) {
    return a.concat(b);
  }

  @Builtin(name = "replace", signature = "(string, string, string): string",
      params = {"s", "search", "replacement"},
      doc = "The text with every occurrence of `search` (literal text, not a pattern) replaced; "
          + "an empty `search` leaves the text unchanged.")
  public static String replace(String s, String search, String replacement) {
    // Java would insert the replacement between every character; SQL's REPLACE does nothing.
    return search.isEmpty() ? s : s.replace(search, replacement);
  }

  @Builtin(name = "starts_with", signature = "(string, string): bool", params = {"s", "prefix"},
      doc = "Whether the text begins with `prefix` (every text begins with \"\").")
  public static boolean startsWith(String s, String prefix) {
    return s.startsWith(prefix);
  }

  @Builtin(name = "ends_with", signature = "(string, string): bool", params = {"s", "suffix"},
      doc = "Whether the text ends with `suffix` (every text ends with \"\").")
  public static boolean endsWith(String s, String suffix) {
    return s.endsWith(suffix);
  }

  @Builtin(name = "contains", signature = "(string, string): bool", params = {"s", "part"},
      doc = "Whether `part` occurs in the text (literal text, not a pattern).")
  public static boolean contains(String s, String part) {
    return s.contains(part);
  }

  /**
   * Unlike {@link String#split}, the separator is literal and trailing empty fields are kept,
   * so {@code split("a,,b,", ",")} has four fields and the fields always join back to {@code s}.
   */
  @Builtin(name = "split", signature = "(string, string): list<string>", params = {"s", "separator"},
      doc = "The fields of the text between occurrences of `separator` (literal text); empty fields "
          + "are kept, and an empty separator gives the whole text as one field.")
  public static List<String> split(String s, String separator) {
    List<String> fields = new ArrayList<>();
    if (separator.isEmpty()) {
      fields.add(s);
      return fields;
    }
    int from = 0;
    for (int at = s.indexOf(separator); at >= 0; at = s.indexOf(separator, from)) {
      fields.add(s.substring(from, at));
      from = at + separator.length();
    }
    fields.add(s.substring(from));
    return fields;
  }

  /** The definition of a word for WordCount: ASCII letters only, so "don't" is "don" and "t". */
  @Builtin(name = "tokenize", signature = "(string): list<string>", params = {"s"},
      doc = "The words of the text: maximal runs of ASCII letters A-Z and a-z, case kept; "
          + "everything else (digits, punctuation, accented letters) separates words.")
  public static List<String> tokenize(String s) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      if (isAsciiLetter(s.charAt(i))) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(s.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      words.add(s.substring(start));
    }
    return words;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
