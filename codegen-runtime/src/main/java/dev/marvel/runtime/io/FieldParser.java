package dev.marvel.runtime.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses typed values straight from UTF-8 bytes, without making a String: the common case of
 * every numeric and date column in a scan. Formats are strict (no spaces, no Java suffixes such
 * as {@code 1d} or hex floats), so a value parses the same in every Marvel component.
 */
public final class FieldParser {
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long EXACT_MANTISSA_LIMIT = 1L << 53;
  private static final int MAX_MANTISSA_DIGITS = 18;
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private FieldParser() {}

  /** A 32-bit decimal integer with optional sign. */
  public static int parseInt(byte[] b, int off, int len) throws MalformedFieldException {
    long value = parseDecimal(b, off, len, "is not an int");
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new MalformedFieldException(b, off, len, "is not an int (out of range)");
    }
    return (int) value;
  }

  /** A 64-bit decimal integer with optional sign. */
  public static long parseLong(byte[] b, int off, int len) throws MalformedFieldException {
    return parseDecimal(b, off, len, "is not a long");
  }

  /**
   * A decimal floating-point number ({@code -12.5}, {@code .5}, {@code 3e-7}), or {@code NaN},
   * {@code Infinity}, {@code -Infinity} as Java prints them. Correctly rounded: short inputs take
   * Clinger's exact fast path, the rest go through {@link Double#parseDouble}.
   */
  public static double parseDouble(byte[] b, int off, int len) throws MalformedFieldException {
    int end = off + len;
    int i = off;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (matches(b, i, end, "NaN") && i == off) {
      return Double.NaN;
    }
    if (matches(b, i, end, "Infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    long mantissa = 0;
    int mantissaDigits = 0;
    int digits = 0;
    int exponent = 0;
    for (; i < end && isDigit(b[i]); i++, digits++) {
      if (mantissaDigits < MAX_MANTISSA_DIGITS) {
        mantissa = mantissa * 10 + (b[i] - '0');
        mantissaDigits += mantissa == 0 ? 0 : 1;
      } else {
        exponent++;
        mantissaDigits++;
      }
    }
    if (i < end && b[i] == '.') {
      for (i++; i < end && isDigit(b[i]); i++, digits++) {
        if (mantissaDigits < MAX_MANTISSA_DIGITS) {
          mantissa = mantissa * 10 + (b[i] - '0');
          mantissaDigits += mantissa == 0 ? 0 : 1;
          exponent--;
        } else {
          mantissaDigits++;
        }
      }
    }
    if (digits == 0) {
      throw new MalformedFieldException(b, off, len, "is not a double");
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      int exponentDigits = 0;
      int written = 0;
      for (; i < end && isDigit(b[i]); i++, exponentDigits++) {
        written = Math.min(100_000, written * 10 + (b[i] - '0'));
      }
      if (exponentDigits == 0) {
        throw new MalformedFieldException(b, off, len, "is not a double");
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != end) {
      throw new MalformedFieldException(b, off, len, "is not a double");
    }
    if (mantissaDigits <= MAX_MANTISSA_DIGITS && mantissa < EXACT_MANTISSA_LIMIT
        && exponent >= -22 && exponent <= 22) {
      // Both operands are exact doubles, so one IEEE operation rounds correctly (Clinger 1990).
      double value = exponent >= 0
          ? mantissa * POWERS_OF_TEN[exponent]
          : mantissa / POWERS_OF_TEN[-exponent];
      return negative ? -value : value;
    }
    return Double.parseDouble(new String(b, off, len, StandardCharsets.ISO_8859_1));
  }

  /** An ISO date {@code yyyy-MM-dd} as days since 1970-01-01 (Marvel's {@code date} value). */
  public static int parseDate(byte[] b, int off, int len) throws MalformedFieldException {
    if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
      throw new MalformedFieldException(b, off, len, "is not a date (yyyy-MM-dd)");
    }
    int year = digits(b, off, 4);
    int month = digits(b, off + 5, 2);
    int day = digits(b, off + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new MalformedFieldException(b, off, len, "is not a date (yyyy-MM-dd)");
    }
    return epochDay(year, month, day);
  }

  /** {@code true} or {@code false}, in any letter case. */
  public static boolean parseBool(byte[] b, int off, int len) throws MalformedFieldException {
    if (len == 4 && matchesIgnoreCase(b, off, "true")) {
      return true;
    }
    if (len == 5 && matchesIgnoreCase(b, off, "false")) {
      return false;
    }
    throw new MalformedFieldException(b, off, len, "is not a bool (true or false)");
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static long parseDecimal(byte[] b, int off, int len, String reason)
      throws MalformedFieldException {
    int end = off + len;
    int i = off;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i == end) {
      throw new MalformedFieldException(b, off, len, reason);
    }
    // Accumulate negatively so Long.MIN_VALUE parses without overflow.
    long value = 0;
    for (; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new MalformedFieldException(b, off, len, reason);
      }
      if (value < (Long.MIN_VALUE + digit) / 10) {
        throw new MalformedFieldException(b, off, len, reason + " (out of range)");
      }
      value = value * 10 - digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw new MalformedFieldException(b, off, len, reason + " (out of range)");
      }
      return -value;
    }
    return value;
  }

  private static int digits(byte[] b, int off, int count) {
    int value = 0;
    for (int i = off; i < off + count; i++) {
      if (!isDigit(b[i])) {
        return -1;
      }
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean matches(byte[] b, int from, int end, String ascii) {
    if (end - from != ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (b[from + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesIgnoreCase(byte[] b, int from, String lowerAscii) {
    for (int k = 0; k < lowerAscii.length(); k++) {
      if ((b[from + k] | 0x20) != lowerAscii.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
