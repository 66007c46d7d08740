package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.samples.gen.BdbTables;
import dev.marvel.samples.gen.TextCorpus;
import dev.marvel.samples.oracle.BdbOracle;
import dev.marvel.samples.oracle.GrepOracle;
import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import dev.marvel.samples.oracle.SampleExample;
import dev.marvel.samples.oracle.WordCountOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marvelc run} end to end, in-process through {@link Marvelc#run}: every sample compiled
 * and run on generated data, row for row equal to its independent oracle, at several split sizes
 * and widths; the shuffle stores; failures, bad records and existing outputs. One Ignite node
 * for the class serves the {@code --ignite} runs.
 */
class RunCommandTest {
  private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

  @TempDir static Path shared;
  @TempDir Path dir;

  private static EmbeddedIgnite ignite;
  private static Path text;
  private static Path rankings;
  private static Path uservisits;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void generateDataAndStartIgnite() throws IOException {
    System.setProperty("marvel.cache", shared.resolve("cache").toString());
    text = shared.resolve("text");
    TextCorpus.write(text, 200_000, 7, 2);
    // Windows line ends and no final newline, beside the generator's own corner cases.
    Files.writeString(text.resolve("part-99999.txt"),
        "Alpha beta\r\nbeta GAMMA gamma\r\ndfs.block dfs.replication\r\nlast line, no newline");
    Path bdb = shared.resolve("bdb");
    BdbTables.write(bdb, 600, 4000, 11, 2);
    rankings = bdb.resolve("rankings");
    uservisits = bdb.resolve("uservisits");
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(shared.resolve("ignite"))
        .withShuffleRegionMaxBytes(128L << 20));
  }

  @AfterAll
  static void stopIgnite() {
    ignite.close();
  }

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private static List<String> args(String sample, Map<String, String> params, Path output,
      String... options) {
    List<String> args = new ArrayList<>(List.of("run",
        SAMPLES.resolve(sample).resolve(sample + ".mvl").toString()));
    params.forEach((k, v) -> args.addAll(List.of("-p", k + "=" + v)));
    args.addAll(List.of("-p", "output=" + output));
    args.addAll(List.of(options));
    return args;
  }

  private static List<List<String>> succeed(List<String> args, Path output) throws IOException {
    Run r = run(args);
    assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r.err());
    assertTrue(Files.exists(output.resolve("_SUCCESS")), "committed");
    try (Stream<Path> entries = Files.list(output)) {
      List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.stream().allMatch(n -> n.equals("_SUCCESS") || n.matches("part-\\d{5}")),
          "only part files and _SUCCESS (no _temporary, no .crc): " + names);
    }
    return Rows.readTsv(output);
  }

  @Test
  void everySampleExampleMatchesItsReviewedOutputAndItsOracle() throws Exception {
    for (SampleExample example : SampleExample.all(SAMPLES)) {
      Path out = dir.resolve(example.name());
      List<List<String>> rows = succeed(args(example.name(), example.params(), out), out);
      example.comparator().assertSameRows(example.expected(), rows);
      example.comparator().assertSameRows(example.oracle(), rows);
    }
  }

  @Test
  void wordCountAndGrepOnGeneratedTextAtSeveralSplitSizesAndWidths() throws Exception {
    List<List<String>> words = WordCountOracle.run(List.of(text));
    String[][] settings = {{"4KiB", "1"}, {"4KiB", "3"}, {null, "3"}};
    for (String[] s : settings) {
      Path out = dir.resolve("wc-" + s[0] + "-" + s[1]);
      List<String> options = new ArrayList<>(List.of("--parallelism", s[1]));
      if (s[0] != null) {
        options.addAll(List.of("--split-size", s[0]));
      }
      RowComparator.exact().assertSameRows(words, succeed(args("wordcount",
          Map.of("input", text.toString()), out, options.toArray(String[]::new)), out));
    }
    String pattern = "[a-z]+ing";
    Path out = dir.resolve("grep");
    RowComparator.exact().assertSameRows(GrepOracle.run(List.of(text), pattern),
        succeed(args("grep", Map.of("input", text.toString(), "pattern", pattern), out,
            "--split-size", "4KiB", "--parallelism", "3"), out));
  }

  @Test
  void bdbQueriesOnGeneratedTablesWithParameterVariations() throws Exception {
    try (BdbOracle bdb = BdbOracle.load(rankings, uservisits)) {
      for (int x : new int[] {10, 1000}) {
        Path out = dir.resolve("scan-" + x);
        RowComparator.exact().assertSameRows(bdb.scan(x), succeed(args("bdb-scan",
            Map.of("rankings", rankings.toString(), "x", "" + x), out,
            "--split-size", "4KiB", "--parallelism", "3"), out));
      }
      for (int x : new int[] {1, 8}) {
        Path out = dir.resolve("aggregation-" + x);
        RowComparator.approximate(BdbOracle.AGGREGATION_APPROXIMATE).assertSameRows(
            bdb.aggregation(x), succeed(args("bdb-aggregation",
                Map.of("uservisits", uservisits.toString(), "x", "" + x), out,
                "--split-size", x == 1 ? "4KiB" : "64KiB", "--parallelism", x == 1 ? "3" : "1"),
                out));
      }
      String[][] ranges = {{"1980-01-01", "1980-04-01"}, {"1990-01-01", "2010-12-31"}};
      for (String[] range : ranges) {
        Path out = dir.resolve("join-" + range[0]);
        RowComparator.approximate(BdbOracle.JOIN_APPROXIMATE).assertSameRows(
            bdb.join(LocalDate.parse(range[0]), LocalDate.parse(range[1])),
            succeed(args("bdb-join", Map.of("rankings", rankings.toString(), "uservisits",
                uservisits.toString(), "start", range[0], "end", range[1]), out,
                "--split-size", "4KiB", "--parallelism", "3"), out));
      }
    }
  }

  @Test
  void everyShuffleStoreGivesTheSameOutput() throws Exception {
    Map<String, String> params = Map.of("uservisits", uservisits.toString(), "x", "5");
    List<List<String>> reference = null;
    List<String[]> variants = List.of(new String[] {"--shuffle", "local"},
        new String[] {"--shuffle", "ignite", "--ignite", ignite.thinClientAddress()},
        new String[] {"--shuffle", "ignite"},
        new String[] {"--shuffle", "hdfs"});
    for (String[] variant : variants) {
      Path out = dir.resolve("shuffle-" + String.join("-", variant).replace(':', '_'));
      List<String> options = new ArrayList<>(List.of(variant));
      options.addAll(List.of("--split-size", "16KiB", "--parallelism", "2"));
      List<List<String>> rows = succeed(args("bdb-aggregation", params, out,
          options.toArray(String[]::new)), out);
      if (reference == null) {
        reference = rows;
      }
      assertEquals(reference, rows, "the same sums, in the same order: " + List.of(variant));
    }
  }

  @Test
  void aMalformedRowFailsTheJobWithItsPlaceOrIsSkippedAndCounted() throws Exception {
    Path dirty = Files.createDirectories(dir.resolve("dirty"));
    List<Path> parts;
    try (Stream<Path> files = Files.list(rankings)) {
      parts = files.sorted().toList();
    }
    for (Path part : parts) {
      Files.copy(part, dirty.resolve(part.getFileName()));
    }
    Path broken = dirty.resolve(parts.get(0).getFileName());
    long offset = Files.size(broken);
    Files.writeString(broken, "http://bad.example/page,high,3\n",
        java.nio.file.StandardOpenOption.APPEND);
    Map<String, String> params = Map.of("rankings", dirty.toString(), "x", "100");

    Path failed = dir.resolve("failed");
    Run r = run(args("bdb-scan", params, failed, "--bad-records", "fail"));
    assertEquals(1, r.exit(), r.err());
    assertFalse(r.err().contains("retrying"), "a bad record fails the same way every time: " + r.err());
    assertTrue(r.err().contains("bad record in file:" + broken + " at byte " + offset), r.err());
    assertTrue(r.err().contains("pageRank") || r.err().contains("column 2"), r.err());
    assertTrue(r.err().contains("--> bdb-scan.mvl:"), "the DSL location of the read: " + r.err());
    assertFalse(Files.exists(failed));

    Path skipped = dir.resolve("skipped");
    Run ok = run(args("bdb-scan", params, skipped, "--bad-records", "skip"));
    assertEquals(0, ok.exit(), ok.err());
    try (BdbOracle bdb = BdbOracle.load(rankings, null)) {
      RowComparator.exact().assertSameRows(bdb.scan(100), Rows.readTsv(skipped));
    }
    String total = ok.err().lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow();
    assertTrue(total.endsWith(" 1"), "one bad record in the summary: " + ok.err());

    Path limited = dir.resolve("limited");
    Run over = run(args("bdb-scan", params, limited, "--bad-records", "skip:0"));
    assertEquals(1, over.exit(), over.err());
    assertFalse(Files.exists(limited));
  }

  @Test
  void aFunctionThatThrowsFailsTheJobAtOnceNamingItAndItsCall() throws Exception {
    Path classes = dir.resolve("classes");
    Path source = dir.resolve("src/demo/Picky.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package demo;
        public final class Picky {
          public static String always(String s) {
            if (s.contains("GAMMA")) {
              throw new IllegalStateException("cannot handle " + s);
            }
            return s;
          }
        }
        """);
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), source.toString()));
    Path program = dir.resolve("picky.mvl");
    Files.writeString(program, """
        use function demo.Picky.always(string): string

        pipeline picky(input: path, output: path) {
          counts = read text(input)
                 | explode word = tokenize(lower(always(line)))
                 | group by word aggregate n = count()
          write counts to tsv(output)
        }
        """);
    Path never = dir.resolve("never");
    Run failed = run(List.of("run", program.toString(), "--classpath", classes.toString(),
        "-p", "input=" + text, "-p", "output=" + never));
    assertEquals(1, failed.exit(), failed.err());
    assertTrue(failed.err().contains("failed: function `always` threw IllegalStateException: cannot handle")
        && failed.err().contains("--> picky.mvl:5:42")
        && failed.err().contains("input: split file:" + text.resolve("part-99999.txt"))
        && failed.err().contains("an error in the program, not retried"), failed.err());
    assertFalse(failed.err().contains("retrying"), "the same line fails every attempt: " + failed.err());
    assertFalse(Files.exists(never), "no output after a failed job");
  }

  @Test
  void anExistingOutputIsAnErrorUnlessOverwriteIsGiven() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "old");
    Map<String, String> params = Map.of("rankings", rankings.toString());
    Run refused = run(args("bdb-scan", params, out));
    assertEquals(1, refused.exit());
    assertTrue(refused.err().contains("already exists") && refused.err().contains("--overwrite"),
        refused.err());
    assertFalse(refused.err().contains("stage "), "refused before any stage ran: " + refused.err());
    assertTrue(Files.exists(out.resolve("keep.txt")));

    succeed(args("bdb-scan", params, out, "--overwrite"), out);
    assertFalse(Files.exists(out.resolve("keep.txt")));
  }

  @Test
  void aBundleCompiledBeforeRunsAsIsAndRefusesNewParameters() throws Exception {
    Path bundle = dir.resolve("bundle");
    Path out = dir.resolve("from-bundle");
    Run compiled = run(List.of("compile", SAMPLES.resolve("bdb-scan/bdb-scan.mvl").toString(),
        "-o", bundle.toString(), "-p", "rankings=" + rankings, "-p", "output=" + out,
        "-p", "x=100"));
    assertEquals(0, compiled.exit(), compiled.err());
    try (BdbOracle bdb = BdbOracle.load(rankings, null)) {
      RowComparator.exact().assertSameRows(bdb.scan(100),
          succeed(List.of("run", bundle.toString()), out));
    }
    Run rebinding = run(List.of("run", bundle.toString(), "-p", "x=5"));
    assertEquals(Marvelc.USAGE, rebinding.exit());
    assertTrue(rebinding.err().contains("bound when it was compiled"), rebinding.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run shuffle = run(List.of("run", "x.mvl", "--shuffle", "memory"));
    assertEquals(Marvelc.USAGE, shuffle.exit());
    assertTrue(shuffle.err().contains("'memory' is not one of: local, ignite, hdfs"), shuffle.err());
    Run records = run(List.of("run", "x.mvl", "--bad-records", "sometimes"));
    assertEquals(Marvelc.USAGE, records.exit());
    assertTrue(records.err().contains("fail, skip, skip:N"), records.err());
    Run yarn = run(List.of("run", "x.mvl", "--yarn", "rm1"));
    assertEquals(Marvelc.USAGE, yarn.exit());
    assertTrue(yarn.err().contains("error: YARN ResourceManager address 'rm1' is not HOST:PORT"
        + " (e.g. rm1:8032)"), yarn.err());
  }

  @Test
  void aProgramWithErrorsPrintsItsDiagnosticsAndExitsOne() throws Exception {
    Path program = dir.resolve("broken.mvl");
    Files.writeString(program, """
        pipeline broken(input: path, output: path) {
          counts = read text(input) | where lenght(line) > 3
          write counts to tsv(output)
        }
        """);
    Run r = run(List.of("run", program.toString(), "-p", "input=" + text, "-p",
        "output=" + dir.resolve("never")));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[E04") && r.err().contains("broken.mvl:2:"), r.err());
    assertFalse(Files.exists(dir.resolve("never")));
  }

  @Test
  void aRepeatedRunGoesStraightToItsBundleUntilAnInputChangesSize() throws Exception {
    Path input = Files.createDirectories(dir.resolve("words"));
    Files.writeString(input.resolve("a.txt"), "one two\ntwo\n");
    Path out = dir.resolve("counts");
    List<String> args = args("wordcount", Map.of("input", input.toString()), out, "--overwrite",
        "--verbose");

    Run first = run(args);
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("checked and compiled"), first.err());
    Run again = run(args);
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("found the bundle of this command line"), again.err());
    assertEquals(List.of(List.of("one", "1"), List.of("two", "2")), sorted(Rows.readTsv(out)));

    // Another size may mean another plan: the run goes through the front end again.
    Files.writeString(input.resolve("a.txt"), "one two\ntwo\nthree\n");
    Run grown = run(args);
    assertEquals(0, grown.exit(), grown.err());
    assertTrue(grown.err().contains("checked and compiled"), grown.err());
    assertEquals(List.of(List.of("one", "1"), List.of("three", "1"), List.of("two", "2")),
        sorted(Rows.readTsv(out)));
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    return rows.stream().sorted(java.util.Comparator.comparing(r -> r.get(0))).toList();
  }

  @Test
  void aBundleIsCompiledOnceAndReused() throws Exception {
    Map<String, String> params = Map.of("rankings", rankings.toString());
    succeed(args("bdb-scan", params, dir.resolve("a")), dir.resolve("a"));
    long bundles;
    try (Stream<Path> entries = Files.list(shared.resolve("cache"))) {
      bundles = entries.count();
    }
    Run again = run(args("bdb-scan", params, dir.resolve("a"), "--overwrite"));
    assertEquals(0, again.exit(), again.err());
    try (Stream<Path> entries = Files.list(shared.resolve("cache"))) {
      assertEquals(bundles, entries.count(), "no new bundle for the same program and parameters");
    }
  }
}
