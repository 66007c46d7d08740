package dev.marvel.optimizer;

import static dev.marvel.optimizer.RuleAssertions.assertDoesNotFire;
import static dev.marvel.optimizer.RuleAssertions.assertFires;
import static dev.marvel.plan.TestFlow.agg;
import static dev.marvel.plan.TestFlow.and;
import static dev.marvel.plan.TestFlow.eq;
import static dev.marvel.plan.TestFlow.lit;
import static dev.marvel.plan.TestFlow.call;
import static dev.marvel.plan.TestFlow.dbl;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.listOf;
import static dev.marvel.plan.TestFlow.plan;

import dev.marvel.plan.AggFunction;
import dev.marvel.plan.TestFlow;
import dev.marvel.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataflowRulesTest {

  private static final String UV = "sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int";

  @Test
  void pruneColumnsReadsOnlyWhatTheAggregateUses() {
    var p = plan(TestFlow.csv("uv", UV).where(f -> gt(f.col("adRevenue"), dbl(0)))
        .groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.SUM, "total", f.col("duration")))).write("out"));
    assertFires(new PruneColumns(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, total: long)
            Aggregate by sourceIP compute total = sum(duration)  → (sourceIP: string, total: long)
              Filter adRevenue > 0.0  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
                Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, total: long)
            Aggregate by sourceIP compute total = sum(duration)  → (sourceIP: string, total: long)
              Project sourceIP, duration  → (sourceIP: string, duration: int)
                Filter adRevenue > 0.0  → (sourceIP: string, adRevenue: double, duration: int)
                  Source csv "uv" reads 3 of 5 columns  → (sourceIP: string, adRevenue: double, duration: int)
        """);
  }

  @Test
  void pruneColumnsLeavesNarrowingAfterAFilterToTheProjectConsumingIt() {
    var p = plan(TestFlow.csv("uv", UV).where(f -> gt(f.col("adRevenue"), dbl(0))).select("sourceIP").write("out"));
    assertFires(new PruneColumns(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string)
            Project sourceIP  → (sourceIP: string)
              Filter adRevenue > 0.0  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
                Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string)
            Project sourceIP  → (sourceIP: string)
              Filter adRevenue > 0.0  → (sourceIP: string, adRevenue: double)
                Source csv "uv" reads 2 of 5 columns  → (sourceIP: string, adRevenue: double)
        """);
  }

  @Test
  void pruneColumnsDoesNotFireWhenEverythingIsUsed() {
    assertDoesNotFire(new PruneColumns(), plan(TestFlow.csv("uv", UV).write("out")));
  }

  @Test
  void pruneColumnsNarrowsBothInputsOfAUnionAlike() {
    TestFlow a = TestFlow.csv("a", "x: string, y: int");
    TestFlow b = TestFlow.csv("b", "x: string, y: int");
    var u = TestFlow.union(a, b);
    var p = plan(u.groupBy(List.of("x"), f -> List.of(agg(AggFunction.COUNT, "n"))).write("out"));
    assertFires(new PruneColumns(), p, """
        pipeline test
          Sink out to tsv "out"  → (x: string, n: long)
            Aggregate by x compute n = count()  → (x: string, n: long)
              Union  → (x: string, y: int)
                Source csv "a"  → (x: string, y: int)
                Source csv "b"  → (x: string, y: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (x: string, n: long)
            Aggregate by x compute n = count()  → (x: string, n: long)
              Union  → (x: string)
                Source csv "a" reads 1 of 2 columns  → (x: string)
                Source csv "b" reads 1 of 2 columns  → (x: string)
        """);
  }

  @Test
  void shareCommonInputsMergesIdenticalReads() {
    var p = plan(TestFlow.csv("uv", UV).where(f -> gt(f.col("adRevenue"), dbl(1))).write("big"),
        TestFlow.csv("uv", UV).select("sourceIP").write("ips"));
    assertFires(new ShareCommonInputs(), p, """
        pipeline test
          Sink big to tsv "big"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
            Filter adRevenue > 1.0  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
              Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
          Sink ips to tsv "ips"  → (sourceIP: string)
            Project sourceIP  → (sourceIP: string)
              Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink big to tsv "big"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
            Filter adRevenue > 1.0  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
              #1 Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
          Sink ips to tsv "ips"  → (sourceIP: string)
            Project sourceIP  → (sourceIP: string)
              #1 (shared, printed above)
        """);
  }

  @Test
  void shareCommonInputsDoesNotMergeDifferentFiles() {
    var p = plan(TestFlow.csv("uv", UV).write("a"), TestFlow.csv("uv2", UV).write("b"));
    assertDoesNotFire(new ShareCommonInputs(), p);
  }

  @Test
  void liftCombinerSplitsAlgebraicAggregates() {
    var p = plan(TestFlow.csv("uv", UV).groupBy(List.of("sourceIP"), f -> List.of(
        agg(AggFunction.COUNT, "n"), agg(AggFunction.SUM, "total", f.col("duration")),
        agg(AggFunction.AVG, "avgRevenue", f.col("adRevenue")), agg(AggFunction.MAX, "last", f.col("visitDate"))))
        .write("out"));
    assertFires(new LiftCombiner(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, n: long, total: long, avgRevenue: double, last: date)
            Aggregate by sourceIP compute n = count(), total = sum(duration), avgRevenue = avg(adRevenue), last = max(visitDate)  → (sourceIP: string, n: long, total: long, avgRevenue: double, last: date)
              Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, n: long, total: long, avgRevenue: double, last: date)
            Aggregate[final] by sourceIP compute n = count(n), total = sum(total), avgRevenue = avg(avgRevenue$sum, avgRevenue$count), last = max(last)  → (sourceIP: string, n: long, total: long, avgRevenue: double, last: date)
              Aggregate[partial] by sourceIP compute n = count(), total = sum(duration), avgRevenue = avg(adRevenue), last = max(visitDate)  → (sourceIP: string, n: long, total: long, avgRevenue$sum: double, avgRevenue$count: long, last: date)
                Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """);
  }

  @Test
  void liftCombinerDeduplicatesForCountDistinct() {
    var p = plan(TestFlow.csv("uv", UV).groupBy(List.of("sourceIP"), f -> List.of(
        agg(AggFunction.COUNT_DISTINCT, "pages", f.col("destURL")))).write("out"));
    assertFires(new LiftCombiner(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, pages: long)
            Aggregate by sourceIP compute pages = count_distinct(destURL)  → (sourceIP: string, pages: long)
              Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, pages: long)
            Aggregate[final] by sourceIP compute pages = count_distinct(destURL)  → (sourceIP: string, pages: long)
              Aggregate[partial] by sourceIP, destURL  → (sourceIP: string, destURL: string)
                Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """);
  }

  @Test
  void liftCombinerDoesNotFireOnMixedDistinctAndAlgebraic() {
    var p = plan(TestFlow.csv("uv", UV).groupBy(List.of("sourceIP"), f -> List.of(
        agg(AggFunction.COUNT_DISTINCT, "pages", f.col("destURL")), agg(AggFunction.COUNT, "n"))).write("out"));
    assertDoesNotFire(new LiftCombiner(), p);
  }

  @Test
  void pruneColumnsDoesNotFireWhenAnExplodeReadsTheOnlyColumn() {
    var p = plan(TestFlow.text("in").explode("word", f -> call("tokenize", listOf(Type.STRING), f.col("line")))
        .groupBy(List.of("word"), f -> List.of(agg(AggFunction.COUNT, "n"))).write("out"));
    assertDoesNotFire(new PruneColumns(), p);
  }

  @Test
  void liftPartialLimitStopsEachTaskEarly() {
    var p = plan(TestFlow.csv("uv", "sourceIP: string").limit(10).write("out"));
    assertFires(new LiftPartialLimit(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string)
            Limit 10  → (sourceIP: string)
              Source csv "uv"  → (sourceIP: string)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string)
            Limit[final] 10  → (sourceIP: string)
              Limit[partial] 10  → (sourceIP: string)
                Source csv "uv"  → (sourceIP: string)
        """);
  }

  @Test
  void liftPartialLimitDoesNotFireAfterASingleTask() {
    var p = plan(TestFlow.csv("uv", UV).groupBy(List.of(), f -> List.of(agg(AggFunction.COUNT, "n"))).limit(1)
        .write("out"));
    assertDoesNotFire(new LiftPartialLimit(), p);
  }

  @Test
  void pushFilterBelowAggregateMovesConjunctsOnKeys() {
    var p = plan(TestFlow.csv("uv", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.SUM, "total", f.col("duration"))))
        .where(f -> and(eq(f.col("sourceIP"), lit("1.2.3.4")), gt(f.col("total"), TestFlow.lit(5L)))).write("out"));
    assertFires(new PushFilterBelowAggregate(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, total: long)
            Filter sourceIP == "1.2.3.4" and total > 5L  → (sourceIP: string, total: long)
              Aggregate by sourceIP compute total = sum(duration)  → (sourceIP: string, total: long)
                Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, total: long)
            Filter total > 5L  → (sourceIP: string, total: long)
              Aggregate by sourceIP compute total = sum(duration)  → (sourceIP: string, total: long)
                Filter sourceIP == "1.2.3.4"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
                  Source csv "uv"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double, duration: int)
        """);
  }

  @Test
  void pushFilterBelowAggregateLeavesGlobalAggregatesAndAggregateColumns() {
    var global = plan(TestFlow.csv("uv", UV).groupBy(List.of(), f -> List.of(agg(AggFunction.COUNT, "n")))
        .where(f -> gt(f.col("n"), TestFlow.lit(5L))).write("out"));
    assertDoesNotFire(new PushFilterBelowAggregate(), global);
    var onTotal = plan(TestFlow.csv("uv", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")))
        .where(f -> gt(f.col("n"), TestFlow.lit(5L))).write("out"));
    assertDoesNotFire(new PushFilterBelowAggregate(), onTotal);
  }

  @Test
  void liftCombinerDeduplicatesMapSideForDistinct() {
    var p = plan(TestFlow.csv("uv", "sourceIP: string, duration: int").distinct().write("out"));
    assertFires(new LiftCombiner(), p, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, duration: int)
            Distinct  → (sourceIP: string, duration: int)
              Source csv "uv"  → (sourceIP: string, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (sourceIP: string, duration: int)
            Aggregate[final] by sourceIP, duration  → (sourceIP: string, duration: int)
              Aggregate[partial] by sourceIP, duration  → (sourceIP: string, duration: int)
                Source csv "uv"  → (sourceIP: string, duration: int)
        """);
  }
}
