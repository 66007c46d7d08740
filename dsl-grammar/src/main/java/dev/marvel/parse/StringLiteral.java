package dev.marvel.parse;

import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;

/**
 * Decodes the text of a {@code "..."} token (quotes included, the closing one possibly missing) and
 * reports what is wrong with it: a missing closing quote (E0001) or an unknown escape (E0002).
 */
final class StringLiteral {
  private StringLiteral() {}

  /** The decoded value; reports into {@code diagnostics} when it is not null. */
  static String decode(String text, int start, SourceFile file, Diagnostics diagnostics) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 1;
    boolean closed = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        closed = true;
        break;
      }
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      i = escape(text, i, start, out, file, diagnostics);
    }
    if (!closed && diagnostics != null) {
      diagnostics.error(SyntaxMessages.UNTERMINATED_STRING, file, new Span(start, text.length()),
          SyntaxMessages.unterminatedString(), SyntaxMessages.unterminatedStringLabel(),
          SyntaxMessages.unterminatedStringHelp());
    }
    return out.toString();
  }

  /** Decodes the escape at {@code i} (a backslash) into {@code out}; returns the index after it. */
  private static int escape(String text, int i, int start, StringBuilder out, SourceFile file, Diagnostics diagnostics) {
    if (i + 1 >= text.length()) {
      return i + 1; // a lone backslash at the end of an unterminated string: E0001 covers it
    }
    char e = text.charAt(i + 1);
    switch (e) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'u' -> {
        return unicode(text, i, start, out, file, diagnostics);
      }
      default -> {
        int length = Character.isHighSurrogate(e) && i + 2 < text.length() ? 3 : 2;
        String escape = text.substring(i, i + length);
        report(SyntaxMessages.badEscape(escape), "unknown escape", start + i, length, file, diagnostics);
        return i + length;
      }
    }
    return i + 2;
  }

  private static int unicode(String text, int i, int start, StringBuilder out, SourceFile file, Diagnostics diagnostics) {
    int open = i + 2;
    int close = open < text.length() && text.charAt(open) == '{' ? text.indexOf('}', open) : -1;
    if (close < 0) {
      report(SyntaxMessages.badUnicodeEscape("\\u"), "expected `{` and hex digits", start + i, 2, file, diagnostics);
      return i + 2;
    }
    String digits = text.substring(open + 1, close);
    int codePoint = parseCodePoint(digits);
    if (codePoint < 0) {
      report(SyntaxMessages.badUnicodeEscape(text.substring(i, close + 1)), "not a Unicode code point", start + i, close + 1 - i, file, diagnostics);
    } else {
      out.appendCodePoint(codePoint);
    }
    return close + 1;
  }

  /** The code point of 1–6 hex digits, or -1 when they are not a valid Unicode scalar value. */
  private static int parseCodePoint(String digits) {
    if (digits.isEmpty() || digits.length() > 6) {
      return -1;
    }
    int value = 0;
    for (int k = 0; k < digits.length(); k++) {
      int d = Character.digit(digits.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    return value > Character.MAX_CODE_POINT || surrogate ? -1 : value;
  }

  private static void report(String message, String label, int offset, int length, SourceFile file, Diagnostics diagnostics) {
    if (diagnostics != null) {
      diagnostics.error(SyntaxMessages.BAD_ESCAPE, file, new Span(offset, length), message,
          label, SyntaxMessages.ESCAPES_HELP);
    }
  }
}
