package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code samples/grep/grep.mvl} must output: for every line, every {@link Matcher#find()}
 * of the pattern, counted by its whole matched text (group 0, as Hadoop's Grep). Rows are
 * {@code [match, count]}, sorted.
 */
public final class GrepOracle {

  private GrepOracle() {}

  public static List<List<String>> run(List<Path> inputs, String pattern) throws IOException {
    Pattern compiled = Pattern.compile(pattern);
    TreeMap<String, Long> counts = new TreeMap<>();
    for (String line : TextLines.of(inputs)) {
      Matcher m = compiled.matcher(line);
      while (m.find()) {
        counts.merge(m.group(), 1L, Long::sum);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((match, n) -> rows.add(List.of(match, Long.toString(n))));
    return Rows.sorted(rows);
  }
}
