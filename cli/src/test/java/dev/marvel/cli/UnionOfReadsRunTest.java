package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.gen.TextCorpus;
import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import dev.marvel.samples.oracle.WordCountOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code union} of two {@code read}s, end to end: the planner fuses both reads into one map stage,
 * every task reads the splits of either source with that source's loop, and the result equals an
 * independent oracle over both inputs at several split sizes and widths.
 */
class UnionOfReadsRunTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path books;
  private static Path papers;

  @BeforeAll
  static void generateText() throws IOException {
    System.setProperty("marvel.cache", shared.resolve("cache").toString());
    books = shared.resolve("books");
    TextCorpus.write(books, 60_000, 3, 2);
    papers = shared.resolve("papers");
    TextCorpus.write(papers, 40_000, 5, 3);
  }

  private static List<List<String>> run(Path program, List<String> args) throws IOException {
    List<String> all = new ArrayList<>(List.of("run", program.toString()));
    all.addAll(args);
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, String.join(" ", all) + "\n" + err);
    Path output = Path.of(outputOf(all));
    assertTrue(Files.exists(output.resolve("_SUCCESS")), "committed");
    return Rows.readTsv(output);
  }

  private static String outputOf(List<String> args) {
    return args.stream().filter(a -> a.startsWith("output=")).findFirst().orElseThrow().substring("output=".length());
  }

  @Test
  void wordCountOverTwoCorporaEqualsTheOracleOverBoth() throws IOException {
    Path program = dir.resolve("two.mvl");
    Files.writeString(program, """
        pipeline two_corpora(books: path, papers: path, output: path) {
          a = read text(books) | explode word = tokenize(lower(line)) | select word
          b = read text(papers) | explode word = tokenize(lower(line)) | select word
          counts = union a, b | group by word aggregate n = count()
          write counts to tsv(output)
        }
        """);
    List<List<String>> expected = WordCountOracle.run(List.of(books, papers));
    String[][] settings = {{"4KiB", "1"}, {"4KiB", "3"}, {null, "2"}};
    for (String[] s : settings) {
      List<String> args = new ArrayList<>(List.of("-p", "books=" + books, "-p", "papers=" + papers,
          "-p", "output=" + dir.resolve("out-" + s[0] + "-" + s[1]), "--parallelism", s[1]));
      if (s[0] != null) {
        args.addAll(List.of("--split-size", s[0]));
      }
      RowComparator.exact().assertSameRows(expected, run(program, args));
    }
  }

  @Test
  void theSameFilesReadTwiceCountTwice() throws IOException {
    Path program = dir.resolve("twice.mvl");
    Files.writeString(program, """
        pipeline twice(input: path, output: path) {
          a = read text(input) | explode word = tokenize(lower(line)) | select word
          b = read text(input) | explode word = tokenize(lower(line)) | select word
          counts = union a, b | group by word aggregate n = count()
          write counts to tsv(output)
        }
        """);
    List<List<String>> expected = new ArrayList<>();
    for (List<String> row : WordCountOracle.run(List.of(books))) {
      expected.add(List.of(row.get(0), Long.toString(2 * Long.parseLong(row.get(1)))));
    }
    RowComparator.exact().assertSameRows(expected, run(program, List.of("-p", "input=" + books,
        "-p", "output=" + dir.resolve("out"), "--split-size", "16KiB")));
  }

  @Test
  void aCsvAndATsvWithTheSameSchemaComeOutRowForRow() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Path tsv = Files.createDirectories(dir.resolve("tsv"));
    List<List<String>> expected = new ArrayList<>();
    StringBuilder c = new StringBuilder();
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      c.append("c").append(i).append(',').append(i % 7).append('\n');
      expected.add(List.of("c" + i, Integer.toString(i % 7)));
      t.append("t").append(i).append('\t').append(i % 5).append('\n');
      expected.add(List.of("t" + i, Integer.toString(i % 5)));
    }
    Files.writeString(csv.resolve("part-0.csv"), c);
    Files.writeString(tsv.resolve("part-0.tsv"), t);
    Path program = dir.resolve("mixed.mvl");
    Files.writeString(program, """
        schema Item (name: string, size: int)

        pipeline mixed(csvs: path, tsvs: path, output: path) {
          a = read csv(csvs) as Item
          b = read tsv(tsvs) as Item
          both = union a, b
          write both to tsv(output)
        }
        """);
    RowComparator.exact().assertSameRows(expected, run(program, List.of("-p", "csvs=" + csv,
        "-p", "tsvs=" + tsv, "-p", "output=" + dir.resolve("out"), "--split-size", "8KiB",
        "--parallelism", "3")));
  }
}
