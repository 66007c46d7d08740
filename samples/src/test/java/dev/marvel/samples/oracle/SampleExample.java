package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sample program with a small hand-written input and its reviewed expected output
 * ({@code <sample>/example/expected.tsv}), for end-to-end tests:
 * run {@link #program()} with {@link #params()} plus {@code output}, then compare
 * {@code Rows.readTsv(output)} with {@link #expected()} using {@link #comparator()}. Path
 * parameters are absolute; {@link #params()} iterates in name order.
 * The inputs hold the corner cases each sample must get right (CRLF, a missing final newline,
 * non-ASCII text; boundary dates, a visit to an unknown page, a rank equal to {@code x}).
 */
public record SampleExample(String name, Path program, Map<String, String> params,
    Path expectedFile, RowComparator comparator) {

  /** The five samples under {@code samplesDir} (the {@code samples} module directory). */
  public static List<SampleExample> all(Path samplesDir) {
    Path dir = samplesDir.toAbsolutePath().normalize();
    String rankings = dir.resolve("bdb-data/rankings").toString();
    String uservisits = dir.resolve("bdb-data/uservisits").toString();
    List<SampleExample> examples = new ArrayList<>();
    examples.add(of(dir, "wordcount", RowComparator.exact(),
        "input", dir.resolve("wordcount/example/input").toString()));
    examples.add(of(dir, "grep", RowComparator.exact(),
        "input", dir.resolve("grep/example/input").toString(), "pattern", "dfs[a-z.]+"));
    examples.add(of(dir, "bdb-scan", RowComparator.exact(), "rankings", rankings, "x", "1000"));
    examples.add(of(dir, "bdb-aggregation",
        RowComparator.approximate(BdbOracle.AGGREGATION_APPROXIMATE),
        "uservisits", uservisits, "x", "8"));
    examples.add(of(dir, "bdb-join", RowComparator.approximate(BdbOracle.JOIN_APPROXIMATE),
        "rankings", rankings, "uservisits", uservisits,
        "start", "1980-01-01", "end", "1980-04-01"));
    return List.copyOf(examples);
  }

  /** The reviewed expected rows, sorted. */
  public List<List<String>> expected() throws IOException {
    return Rows.readTsv(expectedFile);
  }

  /** What the oracle computes for this example's input and parameters, sorted. */
  public List<List<String>> oracle() throws IOException, SQLException {
    return switch (name) {
      case "wordcount" -> WordCountOracle.run(List.of(Path.of(params.get("input"))));
      case "grep" -> GrepOracle.run(List.of(Path.of(params.get("input"))), params.get("pattern"));
      case "bdb-scan" -> bdb(bdb -> bdb.scan(Integer.parseInt(params.get("x"))));
      case "bdb-aggregation" -> bdb(bdb -> bdb.aggregation(Integer.parseInt(params.get("x"))));
      case "bdb-join" -> bdb(bdb -> bdb.join(LocalDate.parse(params.get("start")),
          LocalDate.parse(params.get("end"))));
      default -> throw new IllegalStateException("no oracle for sample " + name);
    };
  }

  /** Writes rows as TSV in Marvel's output form (to refresh a reviewed expected file). */
  public static void writeTsv(Path file, List<List<String>> rows) throws IOException {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      text.append(String.join("\t", row)).append('\n');
    }
    Files.writeString(file, text);
  }

  private interface Query {
    List<List<String>> run(BdbOracle bdb) throws SQLException;
  }

  private List<List<String>> bdb(Query query) throws IOException, SQLException {
    try (BdbOracle bdb = BdbOracle.load(pathOrNull("rankings"), pathOrNull("uservisits"))) {
      return query.run(bdb);
    }
  }

  private Path pathOrNull(String param) {
    return params.containsKey(param) ? Path.of(params.get(param)) : null;
  }

  private static SampleExample of(Path dir, String name, RowComparator comparator,
      String... params) {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put(params[i], params[i + 1]);
    }
    return new SampleExample(name, dir.resolve(name).resolve(name + ".mvl"), Collections.unmodifiableMap(map),
        dir.resolve(name).resolve("example/expected.tsv"), comparator);
  }
}
