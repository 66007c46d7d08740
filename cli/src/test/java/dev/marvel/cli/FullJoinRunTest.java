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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code join full} end to end through {@code marvelc run}, in-process: generated CSVs with keys
 * only on the left, only on the right, on both sides with duplicates on both, and null keys on
 * both, at several split sizes and widths, row for row equal to a nested-loop oracle; and a full
 * join followed by {@code group by} or {@code order by}, so the unmatched right rows, emitted
 * after all input was read, must still reach what comes after the join.
 */
class FullJoinRunTest {
  private static final int LEFT_ROWS = 400;
  private static final int RIGHT_ROWS = 300;

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path leftDir;
  private static Path rightDir;
  /** {@code id, key, tag}; a null key is {@code null}. */
  private static List<Integer[]> left;
  private static List<Integer[]> right;

  @BeforeAll
  static void generateTables() throws IOException {
    System.setProperty("marvel.cache", shared.resolve("cache").toString());
    Random random = new Random(20261127);
    // Left keys 0..39, right keys 20..59: 0..19 only left, 40..59 only right, 20..39 on both.
    left = rows(random, LEFT_ROWS, 0, 40);
    right = rows(random, RIGHT_ROWS, 20, 40);
    leftDir = write(shared.resolve("left"), "l", left);
    rightDir = write(shared.resolve("right"), "r", right);
  }

  /** Keys from {@code [from, from + span)}, about one in ten null; duplicates are certain. */
  private static List<Integer[]> rows(Random random, int n, int from, int span) {
    List<Integer[]> rows = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      Integer key = random.nextInt(10) == 0 ? null : from + random.nextInt(span);
      rows.add(new Integer[] {id, key});
    }
    return rows;
  }

  /** Three part files, so a table is several splits even at the default split size. */
  private static Path write(Path table, String tag, List<Integer[]> rows) throws IOException {
    Files.createDirectories(table);
    StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    for (Integer[] r : rows) {
      parts[r[0] % 3].append(r[0]).append(',').append(text(r[1])).append(',').append(tag).append(r[0]).append('\n');
    }
    for (int p = 0; p < parts.length; p++) {
      Files.writeString(table.resolve("part-0000" + p + ".csv"), parts[p]);
    }
    return table;
  }

  @Test
  void aFullJoinKeepsEveryUnmatchedRowOfBothSidesOnceAtEverySplitSizeAndWidth() throws Exception {
    sanityCheckTheData();
    Path program = program("""
        schema L (lid: int, lk: int, ltag: string)
        schema R (rid: int, rk: int, rtag: string)

        pipeline fj(a: path, b: path, output: path) {
          l = read csv(a) as L
          r = read csv(b) as R
          j = join full l, r on l.lk == r.rk
          write j to tsv(output)
        }
        """);
    List<List<String>> expected = oracle();
    String[][] settings = {{"1KiB", "1"}, {"1KiB", "3"}, {null, "2"}};
    for (String[] s : settings) {
      List<String> options = new ArrayList<>(List.of("--parallelism", s[1]));
      if (s[0] != null) {
        options.addAll(List.of("--split-size", s[0]));
      }
      Path out = dir.resolve("fj-" + s[0] + "-" + s[1]);
      RowComparator.exact().assertSameRows(expected, run(program, out, options));
    }
  }

  @Test
  void theUnmatchedRowsOfAFullJoinReachAGroupByAfterIt() throws Exception {
    Path program = program("""
        schema L (lid: int, lk: int, ltag: string)
        schema R (rid: int, rk: int, rtag: string)

        pipeline fj_counts(a: path, b: path, output: path) {
          l = read csv(a) as L
          r = read csv(b) as R
          counts = join full l, r on l.lk == r.rk
              | group by r.rk aggregate n = count(), lefts = count(l.lid), rights = count(r.rid)
          write counts to tsv(output)
        }
        """);
    Map<String, long[]> groups = new TreeMap<>();
    for (List<String> row : oracle()) {
      long[] g = groups.computeIfAbsent(row.get(4), k -> new long[3]);
      g[0]++;
      g[1] += row.get(0).isEmpty() ? 0 : 1;
      g[2] += row.get(3).isEmpty() ? 0 : 1;
    }
    List<List<String>> expected = new ArrayList<>();
    groups.forEach((k, g) -> expected.add(List.of(k, "" + g[0], "" + g[1], "" + g[2])));
    for (String parallelism : new String[] {"1", "3"}) {
      Path out = dir.resolve("counts-" + parallelism);
      RowComparator.exact().assertSameRows(Rows.sorted(expected),
          run(program, out, List.of("--split-size", "1KiB", "--parallelism", parallelism)));
    }
  }

  @Test
  void aGlobalSortAfterAFullJoinSamplesAndSortsItsUnmatchedRowsToo() throws Exception {
    // The sort's sample stage recomputes the join, and the next stage range-partitions its rows.
    Path program = program("""
        schema L (lid: int, lk: int, ltag: string)
        schema R (rid: int, rk: int, rtag: string)

        pipeline fj_sorted(a: path, b: path, output: path) {
          l = read csv(a) as L
          r = read csv(b) as R
          j = join full l, r on l.lk == r.rk | order by rk desc, rid, lid
          write j to tsv(output)
        }
        """);
    Path out = dir.resolve("sorted");
    RowComparator.exact().assertSameRows(oracle(),
        run(program, out, List.of("--split-size", "1KiB", "--parallelism", "3")));
  }

  /** The generated tables hold every case the join must handle. */
  private static void sanityCheckTheData() {
    assertTrue(left.stream().anyMatch(r -> r[1] == null) && right.stream().anyMatch(r -> r[1] == null), "null keys");
    assertTrue(left.stream().anyMatch(r -> r[1] != null && r[1] < 20), "keys only on the left");
    assertTrue(right.stream().anyMatch(r -> r[1] != null && r[1] >= 40), "keys only on the right");
    for (int k = 20; k < 40; k++) {
      Integer key = k;
      long l = left.stream().filter(r -> key.equals(r[1])).count();
      long r = right.stream().filter(x -> key.equals(x[1])).count();
      if (l > 1 && r > 1) {
        return;
      }
    }
    throw new AssertionError("no key with duplicates on both sides");
  }

  /** A nested-loop full outer join: SQL semantics, as TSV text (a null is an empty field). */
  private static List<List<String>> oracle() {
    List<List<String>> rows = new ArrayList<>();
    boolean[] rightMatched = new boolean[right.size()];
    for (Integer[] l : left) {
      boolean matched = false;
      for (int i = 0; i < right.size(); i++) {
        Integer[] r = right.get(i);
        if (l[1] != null && l[1].equals(r[1])) {
          matched = true;
          rightMatched[i] = true;
          rows.add(row(l, "l", r, "r"));
        }
      }
      if (!matched) {
        rows.add(row(l, "l", null, "r"));
      }
    }
    for (int i = 0; i < right.size(); i++) {
      if (!rightMatched[i]) {
        rows.add(row(null, "l", right.get(i), "r"));
      }
    }
    return Rows.sorted(rows);
  }

  private static List<String> row(Integer[] l, String lTag, Integer[] r, String rTag) {
    List<String> row = new ArrayList<>();
    row.addAll(side(l, lTag));
    row.addAll(side(r, rTag));
    return row;
  }

  private static List<String> side(Integer[] r, String tag) {
    return r == null ? Arrays.asList("", "", "") : List.of("" + r[0], text(r[1]), tag + r[0]);
  }

  private static String text(Integer v) {
    return v == null ? "" : v.toString();
  }

  private Path program(String text) throws IOException {
    Path f = dir.resolve("fj.mvl");
    Files.writeString(f, text);
    return f;
  }

  private static List<List<String>> run(Path program, Path out, List<String> options) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", program.toString(), "-p", "a=" + leftDir, "-p",
        "b=" + rightDir, "-p", "output=" + out));
    args.addAll(options);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Marvelc.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
    assertEquals(0, exit, String.join(" ", args) + "\n" + stderr);
    return Rows.readTsv(out);
  }
}
