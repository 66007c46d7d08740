package dev.marvel.source;

import java.util.Arrays;

/** The text of one {@code .mvl} file and the index that turns char offsets into lines and columns. */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String name, String text) {
    this.name = name;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The name shown in diagnostics: the path as the user gave it. */
  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line of a char offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column (in chars) of a char offset. */
  public int column(int offset) {
    int clamped = Math.min(Math.max(offset, 0), text.length());
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Char offset of a 1-based line and column. */
  public int offset(int line, int column) {
    int l = Math.min(Math.max(line, 1), lineStarts.length);
    return Math.min(lineStarts[l - 1] + Math.max(column, 1) - 1, text.length());
  }

  /** The text of a 1-based line, without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  public String text(Span span) {
    int s = Math.min(span.start(), text.length());
    return text.substring(s, Math.min(span.end(), text.length()));
  }

  @Override
  public String toString() {
    return name;
  }
}
