package dev.marvel.optimizer;

import static dev.marvel.plan.TestFlow.agg;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.lit;
import static dev.marvel.plan.TestFlow.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.marvel.plan.AggFunction;
import dev.marvel.plan.JoinKind;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.PlanPrinter;
import dev.marvel.plan.TestFlow;
import dev.marvel.plan.expr.Between;
import dev.marvel.plan.expr.Cast;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptimizerTest {

  /** BDB Q3's shape: a date-range filter written after the join, columns unused by the query. */
  private static LogicalPlan bdbJoin() {
    TestFlow r = TestFlow.csv("rankings", "pageURL: string, pageRank: int, avgDuration: int");
    TestFlow v = TestFlow.csv("uservisits",
        "sourceIP: string, destURL: string, visitDate: date, adRevenue: double, userAgent: string, duration: int");
    return plan(r.join(JoinKind.INNER, "r", v, "v", "pageURL", "destURL")
        .where(f -> new Between(f.col("v.visitDate"), new Cast(lit("1980-01-01"), Type.DATE, Span.NONE),
            new Cast(lit("1980-04-01"), Type.DATE, Span.NONE), false, Span.NONE))
        .groupBy(List.of("v.sourceIP"), f -> List.of(agg(AggFunction.SUM, "totalRevenue", f.col("v.adRevenue")),
            agg(AggFunction.AVG, "avgPageRank", f.col("r.pageRank"))))
        .orderBy("totalRevenue desc").limit(1).write("out"));
  }

  @Test
  void bdbJoinFiltersBeforeTheJoinShufflesAndReadsOnlyUsedColumnsAndCombines() {
    OptimizedPlan o = Optimizer.standard(PlanOptions.defaults()).optimize(bdbJoin());
    assertEquals("""
        pipeline test
          Sink out to tsv "out"  → (v.sourceIP: string, totalRevenue: double, avgPageRank: double)
            TopK[final] 1 by totalRevenue desc  → (v.sourceIP: string, totalRevenue: double, avgPageRank: double)
              TopK[partial] 1 by totalRevenue desc  → (v.sourceIP: string, totalRevenue: double, avgPageRank: double)
                Aggregate[final] by v.sourceIP compute totalRevenue = sum(totalRevenue), avgPageRank = avg(avgPageRank$sum, avgPageRank$count)  → (v.sourceIP: string, totalRevenue: double, avgPageRank: double)
                  Aggregate[partial] by v.sourceIP compute totalRevenue = sum(v.adRevenue), avgPageRank = avg(r.pageRank)  → (v.sourceIP: string, totalRevenue: double, avgPageRank$sum: double, avgPageRank$count: long)
                    Join inner on r.pageURL == v.destURL partitioned  → (r.pageURL: string, r.pageRank: int, v.sourceIP: string, v.destURL: string, v.adRevenue: double)
                      Source csv "rankings" reads 2 of 3 columns  → (pageURL: string, pageRank: int)
                      Project sourceIP, destURL, adRevenue  → (sourceIP: string, destURL: string, adRevenue: double)
                        Filter visitDate between date "1980-01-01" and date "1980-04-01"  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double)
                          Source csv "uservisits" reads 4 of 6 columns  → (sourceIP: string, destURL: string, visitDate: date, adRevenue: double)
        """, PlanPrinter.print(o.plan()));
    assertEquals(List.of("logical: FoldConstants", "logical: PushFilterIntoJoinSide", "logical: SortLimitToTopK",
        "logical: PruneColumns", "physical: LiftCombiner"), o.firedSummary());
  }

  @Test
  void optimizingTwiceChangesNothing() {
    OptimizedPlan once = Optimizer.standard(PlanOptions.defaults()).optimize(bdbJoin());
    OptimizedPlan twice = Optimizer.standard(PlanOptions.defaults()).optimize(once.plan());
    assertEquals(once.plan(), twice.plan());
    assertEquals(List.of(), twice.fired());
  }

  @Test
  void rulesThatUndoEachOtherAreReportedNotLoopedForever() {
    Rule flip = (plan, ctx) -> Optional.of(new LogicalPlan(plan.pipeline() + "'", plan.sinks()));
    var optimizer = new Optimizer(List.of(new Optimizer.Pass("broken", List.of(flip))), PlanOptions.defaults());
    var p = plan(TestFlow.csv("a", "x: int").where(f -> gt(f.col("x"), lit(1))).write("o"));
    assertThrows(IllegalStateException.class, () -> optimizer.optimize(p));
  }
}
