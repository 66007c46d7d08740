package dev.marvel.plan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.compiler.Explain;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.PlanPrinter;
import dev.marvel.plan.PlanValidator;
import dev.marvel.source.SourceFile;
import dev.marvel.stages.InputChannel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Language constructs planned from real source through the front end, then optimized and staged. */
class PlanBuilderTest {

  private static final String SCHEMAS = """
      schema Rankings (pageURL: string, pageRank: int, avgDuration: int)
      schema Visits (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
      """;

  private static LogicalPlan build(String body, Map<String, String> params) {
    String text = SCHEMAS + body;
    FrontEnd.Result r = FrontEnd.standard(PlanBuilderTest.class.getClassLoader()).check(new SourceFile("t.mvl", text));
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    AnalyzedProgram a = r.analyzed();
    var bound = ParameterBinder.bind(a.pipelines().get(0), params);
    assertTrue(bound.ok(), () -> bound.problems().toString());
    LogicalPlan plan = PlanBuilder.build(a, a.pipelines().get(0), bound.parameters().orElseThrow());
    PlanValidator.validate(plan, "test");
    Explain.of(plan, PlanOptions.defaults()); // optimizes, validates and stages without failing
    return plan;
  }

  private static String print(String body) {
    return PlanPrinter.print(build(body, Map.of()));
  }

  @Test
  void parametersBecomeLiteralsAndWideningsBecomeCasts() {
    String p = print("""
        pipeline p(limitRank: long = 10, factor: double = 1.5) {
          x = read csv("r.csv", header = true, delimiter = ";") as Rankings
            | where pageRank > limitRank and avgDuration * factor < 100
            | extend doubled = pageRank + pageRank, label = "url:" + pageURL
            | select pageURL, score = if pageRank > 3 then 1 else 0
          write x to csv("out", header = false)
        }
        """);
    assertEquals("""
        pipeline p
          Sink x to csv "out" {header="false"}  → (pageURL: string, score: int)
            Project pageURL, score = if pageRank > 3 then 1 else 0  → (pageURL: string, score: int)
              Project pageURL, pageRank, avgDuration, doubled = pageRank + pageRank, label = "url:" + pageURL  → (pageURL: string, pageRank: int, avgDuration: int, doubled: int, label: string)
                Filter cast(pageRank as long) > 10L and cast(avgDuration as double) * 1.5 < cast(100 as double)  → (pageURL: string, pageRank: int, avgDuration: int)
                  Source csv "r.csv" {delimiter=";", header="true"}  → (pageURL: string, pageRank: int, avgDuration: int)
        """, p);
  }

  @Test
  void datasetsReadTwiceAreOneSharedNode() {
    String p = print("""
        pipeline p(out1: path, out2: path) {
          r = read csv("r.csv") as Rankings
          a = r | where pageRank > 1
          b = r | select pageURL
          write a to tsv("a")
          write b to tsv("b")
        }
        """.replace("(out1: path, out2: path)", "()"));
    assertTrue(p.contains("#1 Source csv \"r.csv\""), p);
    assertTrue(p.contains("#1 (shared, printed above)"), p);
  }

  @Test
  void joinsWithComputedKeysProjectTheKeysAwayAgain() {
    String p = print("""
        pipeline p() {
          r = read csv("r.csv") as Rankings
          v = read csv("v.csv") as Visits
          j = join left r, broadcast v on lower(r.pageURL) == v.destURL
          write j to tsv("o")
        }
        """);
    assertTrue(p.contains("Join left on r.$key0 == v.destURL partitioned (broadcast hint: right)"), p);
    assertTrue(p.contains("Project pageURL, pageRank, avgDuration, $key0 = lower(pageURL)"), p);
  }

  @Test
  void aggregatesOrderingAndLimits() {
    String p = print("""
        pipeline p(n: int = 5) {
          v = read csv("v.csv") as Visits
            | group by day = visitDate aggregate visits = count(), people = count_distinct(sourceIP), m = max(adRevenue), s = sum(duration)
            | order by s * 2 desc, day
            | limit n
          write v to tsv("o")
        }
        """);
    assertTrue(p.contains("Limit 5"), p);
    assertTrue(p.contains("Sort by $sort0 desc, day"), p);
    assertTrue(p.contains("Aggregate by day compute visits = count(), people = count_distinct(sourceIP), m = max(adRevenue), s = sum(duration)"), p);
  }

  @Test
  void unionOfJoinsUsesPlainColumnNames() {
    String p = print("""
        pipeline p() {
          r = read csv("r.csv") as Rankings
          s = read csv("s.csv") as Rankings
          a = join r, s on r.pageURL == s.pageURL | select url = r.pageURL, rank = s.pageRank
          b = read csv("t.csv") as (url: string, rank: int)
          u = union a, b | distinct
          write u to tsv("o")
        }
        """);
    assertTrue(p.contains("Distinct  → (url: string, rank: int)"), p);
    assertTrue(p.contains("Union  → (url: string, rank: int)"), p);
  }

  @Test
  void globalAggregateAndCaseAndNullChecks() {
    String p = print("""
        pipeline p() {
          v = read csv("v.csv") as Visits
            | where destURL is not null and sourceIP not in ("a", "b") and visitDate >= "1980-01-01"
            | extend bucket = case when adRevenue > 10 then "high" when adRevenue > 1 then "mid" end
            | aggregate total = sum(adRevenue), avgDuration = avg(duration)
          write v to tsv("o")
        }
        """);
    assertTrue(p.contains("Aggregate global compute total = sum(adRevenue), avgDuration = avg(duration)"), p);
    assertTrue(p.contains("visitDate >= date \"1980-01-01\""), p);
    assertTrue(p.contains("sourceIP not in (\"a\", \"b\")"), p);
  }

  @Test
  void selfJoinReadsOnceAndShufflesTwice() {
    LogicalPlan plan = build("""
        pipeline p() {
          r = read csv("r.csv") as Rankings
          j = join r as a, r as b on a.pageURL == b.pageURL
            | where a.pageRank > b.pageRank
            | select url = a.pageURL, rank = b.pageRank
            | explode part = split(url, "/")
            | group by part aggregate n = count(rank), best = max(rank), worst = min(rank)
          write j to tsv("o")
        }
        """, Map.of());
    var stages = Explain.of(plan, PlanOptions.defaults()).stages();
    assertEquals(3, stages.stages().size(), () -> Explain.of(plan, PlanOptions.defaults()).text());
    assertEquals(1, stages.stages().get(0).inputs().size());
    assertEquals(2, stages.stages().get(0).outputs().size());
    // Both join inputs are the same node; each arrives on its own channel, addressed by input index.
    var join = stages.stages().get(1).inputs().stream().map(in -> (InputChannel.ShufflePartition) in).toList();
    assertEquals(List.of("c1", "c2"), join.stream().map(InputChannel.ShufflePartition::channel).toList());
    assertEquals(List.of(0, 1), join.stream().map(InputChannel.ShufflePartition::inputIndex).toList());
  }

  @Test
  void countingRowsReadsNoColumns() {
    LogicalPlan plan = build("""
        pipeline p(out: path = "o") {
          n = read csv("v.csv") as Visits | aggregate rows = count()
          write n to tsv(out + "/count")
        }
        """, Map.of());
    String text = Explain.of(plan, PlanOptions.defaults()).text();
    assertTrue(text.contains("Source csv \"v.csv\" reads 0 of 5 columns  → ()"), text);
    assertTrue(text.contains("Sink n to tsv \"o/count\""), text);
    assertTrue(text.contains("stage s2 reduce, 1 task"), text);
  }

  @Test
  void joinKeysOfDifferentWidthsAreWidenedOnOneSide() {
    String p = print("""
        pipeline p() {
          a = read csv("a.csv") as (id: int, name: string)
          b = read csv("b.csv") as (id: long, score: double)
          j = join a, b on a.id == b.id
          write j to tsv("o")
        }
        """);
    assertTrue(p.contains("Join inner on a.$key0 == b.id partitioned"), p);
    assertTrue(p.contains("Project id, name, $key0 = cast(id as long)"), p);
  }
}
