package dev.marvel.optimizer;

import static dev.marvel.optimizer.RuleAssertions.assertDoesNotFire;
import static dev.marvel.optimizer.RuleAssertions.assertFires;
import static dev.marvel.plan.TestFlow.and;
import static dev.marvel.plan.TestFlow.bin;
import static dev.marvel.plan.TestFlow.call;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.lit;
import static dev.marvel.plan.TestFlow.named;
import static dev.marvel.plan.TestFlow.plan;

import dev.marvel.plan.TestFlow;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterRulesTest {

  private static final TestFlow RANKINGS = TestFlow.csv("rankings", "pageURL: string, pageRank: int, avgDuration: int");

  @Test
  void foldConstantsEvaluatesLiteralArithmetic() {
    var p = plan(RANKINGS.where(f -> gt(f.col("pageRank"), bin(BinaryOp.MUL, lit(10), lit(100)))).write("out"));
    assertFires(new FoldConstants(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter pageRank > 10 * 100  → (pageURL: string, pageRank: int, avgDuration: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter pageRank > 1000  → (pageURL: string, pageRank: int, avgDuration: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void foldConstantsDoesNotFireWithoutConstants() {
    assertDoesNotFire(new FoldConstants(), plan(RANKINGS.where(f -> gt(f.col("pageRank"), lit(1000))).write("out")));
  }

  @Test
  void mergeFiltersJoinsConditions() {
    var p = plan(RANKINGS.where(f -> gt(f.col("pageRank"), lit(10)))
        .where(f -> gt(f.col("avgDuration"), lit(3))).write("out"));
    assertFires(new MergeFilters(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter avgDuration > 3  → (pageURL: string, pageRank: int, avgDuration: int)
              Filter pageRank > 10  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter pageRank > 10 and avgDuration > 3  → (pageURL: string, pageRank: int, avgDuration: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void mergeFiltersDoesNotFireOnASingleFilter() {
    assertDoesNotFire(new MergeFilters(), plan(RANKINGS.where(f -> gt(f.col("pageRank"), lit(10))).write("out")));
  }

  @Test
  void pushFilterBelowProjectRewritesRenamedColumns() {
    var p = plan(RANKINGS.project(f -> List.of(named("url", f.col("pageURL")), named("rank", f.col("pageRank"))))
        .where(f -> gt(f.col("rank"), lit(10))).write("out"));
    assertFires(new PushFilterBelowProject(), p, """
        pipeline test
          Sink out to tsv "out"  → (url: string, rank: int)
            Filter rank > 10  → (url: string, rank: int)
              Project url = pageURL, rank = pageRank  → (url: string, rank: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (url: string, rank: int)
            Project url = pageURL, rank = pageRank  → (url: string, rank: int)
              Filter pageRank > 10  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void pushFilterBelowProjectKeepsComputedColumnsAboveTheProject() {
    var p = plan(RANKINGS.project(f -> List.of(named("u", call("lower", Type.STRING, f.col("pageURL")))))
        .where(f -> bin(BinaryOp.EQ, f.col("u"), lit("a"))).write("out"));
    assertDoesNotFire(new PushFilterBelowProject(), p);
  }

  @Test
  void removeNoOpsDropsIdentityProjectAndTrueFilter() {
    var p = plan(RANKINGS.where(f -> lit(true)).select("pageURL", "pageRank", "avgDuration").write("out"));
    assertFires(new RemoveNoOps(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Project pageURL, pageRank, avgDuration  → (pageURL: string, pageRank: int, avgDuration: int)
              Filter true  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void removeNoOpsKeepsTheSmallerOfTwoLimits() {
    var p = plan(RANKINGS.limit(3).limit(10).write("out"));
    assertFires(new RemoveNoOps(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Limit 10  → (pageURL: string, pageRank: int, avgDuration: int)
              Limit 3  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Limit 3  → (pageURL: string, pageRank: int, avgDuration: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void removeNoOpsKeepsReorderingProjectAndRealFilter() {
    var p = plan(RANKINGS.where(f -> gt(f.col("pageRank"), lit(1))).select("pageRank", "pageURL", "avgDuration")
        .write("out"));
    assertDoesNotFire(new RemoveNoOps(), p);
  }

  @Test
  void sortLimitBecomesPartialAndFinalTopK() {
    var p = plan(RANKINGS.orderBy("pageRank desc").limit(5).write("out"));
    assertFires(new SortLimitToTopK(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Limit 5  → (pageURL: string, pageRank: int, avgDuration: int)
              Sort by pageRank desc  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            TopK[final] 5 by pageRank desc  → (pageURL: string, pageRank: int, avgDuration: int)
              TopK[partial] 5 by pageRank desc  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void sortLimitToTopKDoesNotFireOnALimitWithoutSort() {
    assertDoesNotFire(new SortLimitToTopK(), plan(RANKINGS.limit(5).write("out")));
  }

  @Test
  void mergedFilterKeepsBothConjunctsInOrder() {
    var p = plan(RANKINGS.where(f -> and(gt(f.col("pageRank"), lit(1)), gt(f.col("avgDuration"), lit(2))))
        .where(f -> gt(f.col("pageRank"), lit(3))).write("out"));
    assertFires(new MergeFilters(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter pageRank > 3  → (pageURL: string, pageRank: int, avgDuration: int)
              Filter pageRank > 1 and avgDuration > 2  → (pageURL: string, pageRank: int, avgDuration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string, pageRank: int, avgDuration: int)
            Filter pageRank > 1 and avgDuration > 2 and pageRank > 3  → (pageURL: string, pageRank: int, avgDuration: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void pushLimitBelowProjectReachesTheSort() {
    var p = plan(RANKINGS.orderBy("pageRank desc").select("pageURL").limit(3).write("out"));
    assertFires(new PushLimitBelowProject(), p, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string)
            Limit 3  → (pageURL: string)
              Project pageURL  → (pageURL: string)
                Sort by pageRank desc  → (pageURL: string, pageRank: int, avgDuration: int)
                  Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (pageURL: string)
            Project pageURL  → (pageURL: string)
              Limit 3  → (pageURL: string, pageRank: int, avgDuration: int)
                Sort by pageRank desc  → (pageURL: string, pageRank: int, avgDuration: int)
                  Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void pushLimitBelowProjectDoesNotFireOverOtherOperators() {
    assertDoesNotFire(new PushLimitBelowProject(),
        plan(RANKINGS.where(f -> gt(f.col("pageRank"), lit(1))).limit(3).write("out")));
  }

  @Test
  void mergeProjectsComposesExpressions() {
    var p = plan(RANKINGS.project(f -> List.of(named("url", f.col("pageURL")), named("rank", f.col("pageRank"))))
        .project(f -> List.of(named("u", call("lower", Type.STRING, f.col("url"))),
            named("twice", bin(BinaryOp.ADD, f.col("rank"), f.col("rank"))))).write("out"));
    assertFires(new MergeProjects(), p, """
        pipeline test
          Sink out to tsv "out"  → (u: string, twice: int)
            Project u = lower(url), twice = rank + rank  → (u: string, twice: int)
              Project url = pageURL, rank = pageRank  → (url: string, rank: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (u: string, twice: int)
            Project u = lower(pageURL), twice = pageRank + pageRank  → (u: string, twice: int)
              Source csv "rankings"  → (pageURL: string, pageRank: int, avgDuration: int)
        """);
  }

  @Test
  void mergeProjectsKeepsAComputedColumnReadTwice() {
    var p = plan(RANKINGS.project(f -> List.of(named("u", call("lower", Type.STRING, f.col("pageURL")))))
        .project(f -> List.of(named("a", f.col("u")), named("b", f.col("u")))).write("out"));
    assertDoesNotFire(new MergeProjects(), p);
  }
}
