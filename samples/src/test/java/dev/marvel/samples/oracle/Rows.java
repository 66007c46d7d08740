package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Result rows in the text form a Marvel run writes to {@code tsv(...)}: one line per row, fields
 * separated by a tab. A field's text is: a string as it is; int and long in decimal; a double as
 * {@link Double#toString(double)} ({@code 0.5}, {@code 1.0E7}, {@code NaN}); a bool as
 * {@code true}/{@code false}; a date as ISO {@code yyyy-MM-dd}. Rows are compared as sorted
 * lists, since output order across part files is not defined without {@code order by}.
 */
public final class Rows {

  /** Field by field, by the fields' text. */
  public static final Comparator<List<String>> ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private Rows() {}

  /** An immutable copy of the rows in {@link #ORDER}. */
  public static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  /** The text of a double field. */
  public static String format(double value) {
    return Double.toString(value);
  }

  /**
   * The rows of TSV output — a file, or a directory of part files (hidden and {@code _} files
   * skipped) — sorted. Lines are read as {@link TextLines} reads them.
   */
  public static List<List<String>> readTsv(Path fileOrDirectory) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : TextLines.of(List.of(fileOrDirectory))) {
      rows.add(List.of(line.split("\t", -1)));
    }
    return sorted(rows);
  }
}
