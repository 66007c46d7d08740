package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scan feeding several shuffles and broadcasts, end to end: the stage planner fuses the
 * consumers of one {@code read} into one map stage (Pig's multi-query), whose task writes each
 * output into its own range of partitions of one map output. Results are checked against plain
 * Java over the same rows, at several split sizes and widths.
 */
class SharedScanRunTest {
  private static final int LEFT_ROWS = 3_000;
  private static final int RIGHT_ROWS = 40;

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path left;
  private static Path right;
  /** {@code key, x} of every left row, and of every right row. */
  private static final List<String[]> LEFT = new ArrayList<>();
  private static final List<String[]> RIGHT = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    System.setProperty("marvel.cache", shared.resolve("cache").toString());
    left = Files.createDirectories(shared.resolve("left"));
    right = Files.createDirectories(shared.resolve("right"));
    StringBuilder[] parts = {new StringBuilder(), new StringBuilder()};
    for (int i = 0; i < LEFT_ROWS; i++) {
      String[] row = {"k" + (i * 7919 % 97), Integer.toString(i % 13)};
      LEFT.add(row);
      parts[i % 2].append(row[0]).append(',').append(row[1]).append('\n');
    }
    Files.writeString(left.resolve("part-0.csv"), parts[0]);
    Files.writeString(left.resolve("part-1.csv"), parts[1]);
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < RIGHT_ROWS; i++) {
      String[] row = {"k" + (i * 3), Integer.toString(100 + i)};
      RIGHT.add(row);
      r.append(row[0]).append(',').append(row[1]).append('\n');
    }
    Files.writeString(right.resolve("part-0.csv"), r);
  }

  private static List<List<String>> read(Path output) throws IOException {
    assertTrue(Files.exists(output.resolve("_SUCCESS")), "committed: " + output);
    return Rows.readTsv(output);
  }

  private void run(Path program, List<String> args) {
    List<String> all = new ArrayList<>(List.of("run", program.toString()));
    all.addAll(args);
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, String.join(" ", all) + "\n" + err);
  }

  private static List<List<String>> countBy(List<String[]> rows, int column) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(r -> counts.merge(r[column], 1L, Long::sum));
    List<List<String>> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(List.of(k, Long.toString(n))));
    return out;
  }

  @Test
  void oneReadFeedsTwoAggregationsWithDifferentKeys() throws IOException {
    Path program = dir.resolve("two.mvl");
    Files.writeString(program, """
        schema Row (k: string, x: int)

        pipeline two(input: path, byKey: path, byX: path) {
          rows = read csv(input) as Row
          perKey = rows | group by k aggregate n = count()
          perX = rows | group by x aggregate n = count()
          write perKey to tsv(byKey)
          write perX to tsv(byX)
        }
        """);
    String[][] settings = {{"2KiB", "3"}, {"2KiB", "1"}, {null, "2"}};
    for (String[] s : settings) {
      Path byKey = dir.resolve("key-" + s[0] + "-" + s[1]);
      Path byX = dir.resolve("x-" + s[0] + "-" + s[1]);
      List<String> args = new ArrayList<>(List.of("-p", "input=" + left, "-p", "byKey=" + byKey,
          "-p", "byX=" + byX, "--parallelism", s[1]));
      if (s[0] != null) {
        args.addAll(List.of("--split-size", s[0]));
      }
      run(program, args);
      RowComparator.exact().assertSameRows(countBy(LEFT, 0), read(byKey));
      RowComparator.exact().assertSameRows(countBy(LEFT, 1), read(byX));
    }
  }

  @Test
  void oneReadFeedsABroadcastJoinAndAnAggregation() throws IOException {
    Path program = dir.resolve("mixed.mvl");
    Files.writeString(program, """
        schema Row (k: string, x: int)

        pipeline mixed(big: path, small: path, joined: path, counted: path) {
          l = read csv(big) as Row
          s = read csv(small) as Row
          j = join l as a, broadcast s as b on a.k == b.k | select k = a.k, x = a.x, y = b.x
          c = s | group by x aggregate n = count()
          write j to tsv(joined)
          write c to tsv(counted)
        }
        """);
    Path joined = dir.resolve("joined");
    Path counted = dir.resolve("counted");
    run(program, List.of("-p", "big=" + left, "-p", "small=" + right, "-p", "joined=" + joined,
        "-p", "counted=" + counted, "--split-size", "4KiB", "--parallelism", "2"));
    List<List<String>> expected = new ArrayList<>();
    for (String[] a : LEFT) {
      for (String[] b : RIGHT) {
        if (a[0].equals(b[0])) {
          expected.add(List.of(a[0], a[1], b[1]));
        }
      }
    }
    assertTrue(expected.size() > 100, "the data must make the join match often: " + expected.size());
    RowComparator.exact().assertSameRows(expected, read(joined));
    RowComparator.exact().assertSameRows(countBy(RIGHT, 1), read(counted));
  }
}
