package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.palantir.javapoet.JavaFile;
import dev.marvel.bundle.PlanWriter;
import dev.marvel.compiler.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated action sources of WordCount, Grep, BDB Q3 (bdb-join) and a union of two reads, as reviewed golden files
 * ({@code goldens/<Test>/<method>/<Class>.java}); {@code -Dmarvel.updateGoldens=true} rewrites
 * them. The same sources are compiled (so the goldens compile), and compiling twice gives
 * byte-identical jars and plan.json.
 */
class GeneratedSourcesGoldenTest {
  private static final Path GOLDENS = Path.of("src/test/resources/codegen/goldens/GeneratedSourcesGoldenTest");
  private static final boolean UPDATE = Boolean.getBoolean("marvel.updateGoldens");

  private static final Map<String, String> WORDCOUNT = Map.of("input", "hdfs://nn:8020/data/books",
      "output", "hdfs://nn:8020/out/wc");
  private static final Map<String, String> GREP = Map.of("input", "/data/books", "output", "/out/grep",
      "pattern", "qu[a-z]+");
  private static final Map<String, String> BDB_JOIN = Map.of("rankings", "/data/rankings",
      "uservisits", "/data/uservisits", "output", "/out/q3");

  @Test
  void wordcount(TestInfo test) throws Exception {
    check(test, TestCompilations.compile("wordcount.mvl", TestCompilations.sample("wordcount"), WORDCOUNT));
  }

  @Test
  void grep(TestInfo test) throws Exception {
    check(test, TestCompilations.compile("grep.mvl", TestCompilations.sample("grep"), GREP));
  }

  @Test
  void bdbJoin(TestInfo test) throws Exception {
    check(test, TestCompilations.compile("bdb-join.mvl", TestCompilations.sample("bdb-join"), BDB_JOIN));
  }

  /** Two reads, a text and a TSV, fused into one map stage through a union: a loop per source. */
  private static final String UNION_OF_READS = """
      schema Tagged (word: string, n: int)

      pipeline union_of_reads(books: path, tags: path, output: path) {
        fromBooks = read text(books)
                  | explode word = tokenize(lower(line))
                  | select word, n = 1
        fromTags = read tsv(tags) as Tagged
        counts = union fromBooks, fromTags
               | group by word aggregate n = sum(n)
        write counts to tsv(output)
      }
      """;

  @Test
  void unionOfReads(TestInfo test) throws Exception {
    check(test, TestCompilations.compile("union-of-reads.mvl", UNION_OF_READS,
        Map.of("books", "/data/books", "tags", "/data/tags", "output", "/out/counts")));
  }

  @Test
  void compilingTwiceGivesIdenticalBytes() {
    TestCompilations.Compiled a = TestCompilations.compile("bdb-join.mvl", TestCompilations.sample("bdb-join"), BDB_JOIN);
    TestCompilations.Compiled b = TestCompilations.compileFresh("bdb-join.mvl", TestCompilations.sample("bdb-join"),
        BDB_JOIN);
    assertEquals(PlanWriter.write(a.generated().plan()), PlanWriter.write(b.generated().plan()));
    assertEquals(a.jars().keySet(), b.jars().keySet());
    a.jars().forEach((stage, jar) -> assertArrayEquals(jar, b.jars().get(stage), "jar of " + stage));
  }

  private static void check(TestInfo test, TestCompilations.Compiled compiled) throws Exception {
    Compilation.Generated g = compiled.generated();
    assertFalse(compiled.jars().isEmpty());
    Path dir = GOLDENS.resolve(test.getTestMethod().orElseThrow().getName());
    for (JavaFile file : g.sources().values()) {
      Path golden = dir.resolve(file.typeSpec().name() + ".java");
      String actual = file.toString();
      if (UPDATE) {
        Files.createDirectories(dir);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          "generated " + golden + " changed; review it and rerun with -Dmarvel.updateGoldens=true");
    }
  }
}
