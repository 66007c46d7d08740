package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code samples/wordcount/wordcount.mvl} must output, computed the plain way: each line
 * lower-cased ({@code Locale.ROOT}, as the {@code lower} built-in), a character loop collecting
 * runs of ASCII letters, a {@link HashMap} of counts. Rows are {@code [word, count]}, sorted.
 */
public final class WordCountOracle {

  private WordCountOracle() {}

  public static List<List<String>> run(List<Path> inputs) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    StringBuilder word = new StringBuilder();
    for (String line : TextLines.of(inputs)) {
      String lower = line.toLowerCase(Locale.ROOT);
      for (int i = 0; i <= lower.length(); i++) {
        char c = i < lower.length() ? lower.charAt(i) : ' ';
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          word.append(c);
        } else if (word.length() > 0) {
          counts.merge(word.toString(), 1L, Long::sum);
          word.setLength(0);
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((w, n) -> rows.add(List.of(w, Long.toString(n))));
    return Rows.sorted(rows);
  }
}
