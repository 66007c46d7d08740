package dev.marvel.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a whole file by the plain definition, to check split-wise reading against. */
final class LineOracle {
  /** A line and the byte offset where it starts. */
  record Line(long offset, String text) {}

  private LineOracle() {}

  static List<Line> lines(byte[] file) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int skipMark = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
        && (file[2] & 0xFF) == 0xBF ? 3 : 0;
    int i = skipMark;
    while (i < file.length) {
      byte c = file[i];
      if (c == '\n' || c == '\r') {
        lines.add(new Line(start, text(file, start == 0 ? skipMark : start, i)));
        i += c == '\r' && i + 1 < file.length && file[i + 1] == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < file.length) {
      lines.add(new Line(start, text(file, start == 0 ? skipMark : start, file.length)));
    }
    return lines;
  }

  /** Bytes as ISO-8859-1, one char per byte, so comparisons are byte-exact. */
  static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
