package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.stdlib.PatternCache;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Small operations generated expressions need on values: string comparison in one order whether a
 * string is a {@link ByteSlice} or a String (unsigned UTF-8 bytes, i.e. code-point order),
 * concatenation, regex matching, casts that parse text, and date text. Null handling stays in the
 * generated code; these take non-null values.
 */
public final class Values {
  private Values() {}

  public static int compare(ByteSlice a, ByteSlice b) {
    return a.compareTo(b);
  }

  public static int compare(ByteSlice a, String b) {
    return a.compareTo(ByteSlice.of(b));
  }

  public static int compare(String a, ByteSlice b) {
    return ByteSlice.of(a).compareTo(b);
  }

  /** Code-point order, the same as comparing the UTF-8 bytes. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  public static boolean equal(ByteSlice a, ByteSlice b) {
    return a.contentEquals(b);
  }

  public static boolean equal(ByteSlice a, String b) {
    return a.contentEquals(ByteSlice.of(b));
  }

  public static boolean equal(String a, ByteSlice b) {
    return b.contentEquals(ByteSlice.of(a));
  }

  public static boolean equal(String a, String b) {
    return a.equals(b);
  }

  /** Whether {@code regex} finds a match in {@code s}; a bad regex throws, which becomes a user error. */
  public static boolean matches(String s, String regex) {
    return PatternCache.compiled(regex).matcher(s).find();
  }

  public static int toInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw cannotCast(s, "int");
    }
  }

  public static long toLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw cannotCast(s, "long");
    }
  }

  public static double toDouble(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw cannotCast(s, "double");
    }
  }

  public static boolean toBool(String s) {
    String t = s.trim();
    if (t.equals("true")) {
      return true;
    }
    if (t.equals("false")) {
      return false;
    }
    throw cannotCast(s, "bool");
  }

  /** Days since 1970-01-01 of an ISO {@code yyyy-MM-dd} text. */
  public static int toDate(String s) {
    try {
      return Math.toIntExact(LocalDate.parse(s.trim()).toEpochDay());
    } catch (DateTimeParseException e) {
      throw cannotCast(s, "date");
    }
  }

  /** {@code yyyy-MM-dd} of days since 1970-01-01. */
  public static String dateText(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  public static String text(ByteSlice s) {
    return s.toString();
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException cannotCast(String s, String type) {
    return new IllegalArgumentException("cannot cast '" + s + "' to " + type);
  }
}
