package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expressions with SQL null semantics, every aggregate function (count_distinct too), left and
 * full joins, distinct and top-k,
 * compiled and run end to end on tiny CSVs with nulls, against hand-computed rows.
 */
class OperatorCoverageTest {
  private static final String SCHEMAS = """
      schema P (name: string, age: int, city: string, score: double)
      schema C (city: string, country: string)
      """;

  @TempDir
  Path dir;

  @Test
  void expressionsFollowSqlNullSemantics() throws Exception {
    List<String> out = run("""
        pipeline exprs(people: path, output: path) {
          rows = read csv(people) as P
               | select name,
                        adult = if age >= 18 then "adult" else "minor",
                        band = case when age is null then "?" when age between 30 and 40 then "30s" else "other" end,
                        inCity = city in ("paris", "rome"),
                        both = age > 20 and score > 1.0,
                        either = age > 20 or score > 3.0,
                        shout = upper(name) + "!",
                        half = score / 2,
                        next = age + 1,
                        negated = -(-age)
          write rows to tsv(output)
        }
        """, Map.of());
    assertEquals(sorted(
        "ann\tadult\t30s\ttrue\ttrue\ttrue\tANN!\t0.75\t32\t31",
        "bob\tminor\t?\ttrue\t\t\tBOB!\t1.0\t\t",
        "cid\tminor\tother\ttrue\tfalse\t\tCID!\t\t18\t17",
        "dan\tadult\tother\tfalse\ttrue\ttrue\tDAN!\t2.125\t46\t45"), out);
  }

  @Test
  void everyAggregateFunctionSkipsNulls() throws Exception {
    List<String> out = run("""
        pipeline aggs(people: path, output: path) {
          byCity = read csv(people) as P
                 | group by city aggregate n = count(), ages = count(age), total = sum(age), lo = min(name),
                                           hi = max(score), mean = avg(score)
          write byCity to tsv(output)
        }
        """, Map.of());
    assertEquals(sorted(
        "paris\t2\t2\t48\tann\t1.5\t1.5",
        "rome\t1\t0\t\tbob\t2.0\t2.0",
        "\t1\t1\t45\tdan\t4.25\t4.25"), out);
  }

  @Test
  void countDistinctCountsNonNullValuesPerGroup() throws Exception {
    List<String> out = run("""
        pipeline distinctCities(people: path, visits: path, output: path) {
          v = read csv(visits) as C
            | group by city aggregate places = count_distinct(country), visits = count()
          write v to tsv(output)
        }
        """, Map.of("visits", "paris,FR\nparis,FR\nparis,BE\nrome,\nrome,IT\nnice,\n"));
    // An empty CSV string field is the empty string, not null: rome has two distinct countries.
    assertEquals(sorted("paris\t2\t3", "rome\t2\t2", "nice\t1\t1"), out);
  }

  @Test
  void countDistinctSkipsNulls() throws Exception {
    List<String> out = run("""
        pipeline distinctAges(people: path, output: path) {
          v = read csv(people) as P | group by city aggregate ages = count_distinct(age)
          write v to tsv(output)
        }
        """, Map.of());
    assertEquals(sorted("paris\t2", "rome\t0", "\t1"), out);
  }

  @Test
  void leftJoinKeepsUnmatchedRowsAndDistinctDropsDuplicates() throws Exception {
    List<String> out = run("""
        pipeline joins(people: path, cities: path, output: path) {
          p = read csv(people) as P
          c = read csv(cities) as C
          j = join left p, c on p.city == c.city | select name, country | distinct
          write j to tsv(output)
        }
        """, Map.of("cities", "paris,FR\nrome,IT\nparis,FR\n"));
    assertEquals(sorted("ann\tFR", "bob\tIT", "cid\tFR", "dan\t"), out);
  }

  @Test
  void fullJoinKeepsTheUnmatchedRowsOfBothSidesOnce() throws Exception {
    List<String> out = run("""
        pipeline joins(people: path, cities: path, output: path) {
          p = read csv(people) as P
          c = read csv(cities) as C
          j = join full p, c on p.city == c.city | select name, town = c.city, country
          write j to tsv(output)
        }
        """, Map.of("cities", "paris,FR\nlyon,FR\nlyon,FR\nnice,\n"));
    assertEquals(sorted("ann\tparis\tFR", "cid\tparis\tFR", "bob\t\t", "dan\t\t", "\tlyon\tFR", "\tlyon\tFR",
        "\tnice\t"), out);
  }

  @Test
  void orderByWithoutLimitSortsAcrossRangePartitions() throws Exception {
    run("""
        pipeline sorted(people: path, output: path) {
          rows = read csv(people) as P | select name, score | order by score desc, name
          write rows to tsv(output)
        }
        """, Map.of());
    // Nulls compare greater, so they come first in descending order; parts read in order are sorted.
    assertEquals(List.of("cid\t", "dan\t4.25", "bob\t2.0", "ann\t1.5"), InProcessRun.outputInOrder(dir.resolve("out")));
  }

  @Test
  void aGlobalSortSpreadsOverSeveralPartitionsInOrder() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      lines.add(Integer.toString(i * 7919 % 5003, 36));
    }
    Path input = dir.resolve("lines.txt");
    Files.write(input, lines);
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("sort.mvl", """
        pipeline sortLines(input: path, output: path) {
          sorted = read text(input) | order by line
          write sorted to tsv(output)
        }
        """, Map.of("input", input.toString(), "output", dir.resolve("out").toString()));
    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    InProcessRun.run(compiled.generated().plan(), jars, dir, "sort");
    Collections.sort(lines);
    assertEquals(lines, InProcessRun.outputInOrder(dir.resolve("out")));
    long nonEmptyParts;
    try (var parts = Files.list(dir.resolve("out"))) {
      nonEmptyParts = parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .filter(p -> p.toFile().length() > 0).count();
    }
    assertTrue(nonEmptyParts > 1, "range partitioning should use several partitions, used " + nonEmptyParts);
  }

  @Test
  void topKAndLimitKeepTheRightRows() throws Exception {
    List<String> out = run("""
        pipeline top(people: path, output: path) {
          oldest = read csv(people) as P | where age is not null | select name, age | order by age desc | limit 2
          write oldest to tsv(output)
        }
        """, Map.of());
    assertEquals(sorted("dan\t45", "ann\t31"), out);
  }

  private List<String> run(String pipeline, Map<String, String> extraFiles) throws Exception {
    Files.writeString(dir.resolve("people.csv"), "ann,31,paris,1.5\nbob,,rome,2.0\ncid,17,paris,\ndan,45,,4.25\n");
    Map<String, String> params = new HashMap<>();
    params.put("people", dir.resolve("people.csv").toString());
    params.put("output", dir.resolve("out").toString());
    for (var f : extraFiles.entrySet()) {
      Path file = dir.resolve(f.getKey() + ".csv");
      Files.writeString(file, f.getValue());
      params.put(f.getKey(), file.toString());
    }
    TestCompilations.Compiled compiled = TestCompilations.compileFresh("cover.mvl", SCHEMAS + pipeline, params);
    Path jars = Files.createDirectories(dir.resolve("actions"));
    for (var jar : compiled.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    InProcessRun.run(compiled.generated().plan(), jars, dir, "cover");
    return InProcessRun.output(dir.resolve("out"));
  }

  private static List<String> sorted(String... lines) {
    List<String> l = new ArrayList<>(List.of(lines));
    Collections.sort(l);
    return l;
  }
}
