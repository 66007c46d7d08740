package dev.marvel.optimizer;

import static dev.marvel.optimizer.RuleAssertions.assertDoesNotFire;
import static dev.marvel.optimizer.RuleAssertions.assertFires;
import static dev.marvel.plan.TestFlow.and;
import static dev.marvel.plan.TestFlow.dbl;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.lit;
import static dev.marvel.plan.TestFlow.plan;

import dev.marvel.plan.JoinKind;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.TestFlow;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JoinRulesTest {

  private static final TestFlow R = TestFlow.csv("rankings", "pageURL: string, pageRank: int");
  private static final TestFlow V = TestFlow.csv("uservisits", "destURL: string, adRevenue: double, duration: int");

  private static TestFlow join(JoinKind kind) {
    return R.join(kind, "r", V, "v", "pageURL", "destURL");
  }

  /** v.adRevenue > 1.0 and r.pageRank > 10 and r.pageRank > v.duration */
  private static TestFlow filtered(JoinKind kind) {
    return join(kind).where(f -> and(and(gt(f.col("v.adRevenue"), dbl(1.0)), gt(f.col("r.pageRank"), lit(10))),
        gt(f.col("r.pageRank"), f.col("v.duration"))));
  }

  @Test
  void innerJoinTakesConjunctsOfEitherSide() {
    assertFires(new PushFilterIntoJoinSide(), plan(filtered(JoinKind.INNER).write("out")), """
        pipeline test
          Sink out to tsv "out"  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
            Filter v.adRevenue > 1.0 and r.pageRank > 10 and r.pageRank > v.duration  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
              Join inner on r.pageURL == v.destURL partitioned  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
                Source csv "rankings"  → (pageURL: string, pageRank: int)
                Source csv "uservisits"  → (destURL: string, adRevenue: double, duration: int)
        """, """
        pipeline test
          Sink out to tsv "out"  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
            Filter r.pageRank > v.duration  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
              Join inner on r.pageURL == v.destURL partitioned  → (r.pageURL: string, r.pageRank: int, v.destURL: string, v.adRevenue: double, v.duration: int)
                Filter pageRank > 10  → (pageURL: string, pageRank: int)
                  Source csv "rankings"  → (pageURL: string, pageRank: int)
                Filter adRevenue > 1.0  → (destURL: string, adRevenue: double, duration: int)
                  Source csv "uservisits"  → (destURL: string, adRevenue: double, duration: int)
        """);
  }

  @Test
  void leftJoinOnlyTakesConjunctsOfThePreservedLeftSide() {
    var after = new PushFilterIntoJoinSide().apply(plan(filtered(JoinKind.LEFT).write("out")),
        new RuleContext(PlanOptions.defaults())).orElseThrow();
    String text = PlanPrinterText.of(after);
    assertTrue(text.contains("""
            Filter v.adRevenue > 1.0 and r.pageRank > v.duration  → """), text);
    assertTrue(text.contains("""
                Filter pageRank > 10  → (pageURL: string, pageRank: int)"""), text);
  }

  @Test
  void rightJoinOnlyTakesConjunctsOfThePreservedRightSide() {
    var after = new PushFilterIntoJoinSide().apply(plan(filtered(JoinKind.RIGHT).write("out")),
        new RuleContext(PlanOptions.defaults())).orElseThrow();
    String text = PlanPrinterText.of(after);
    assertTrue(text.contains("""
            Filter r.pageRank > 10 and r.pageRank > v.duration  → """), text);
    assertTrue(text.contains("""
                Filter adRevenue > 1.0  → (destURL: string, adRevenue: double, duration: int)"""), text);
  }

  @Test
  void fullJoinKeepsEveryConjunctAbove() {
    assertDoesNotFire(new PushFilterIntoJoinSide(), plan(filtered(JoinKind.FULL).write("out")));
  }

  @Test
  void leftJoinKeepsAConjunctOnTheNullSuppliedSideAbove() {
    var p = plan(join(JoinKind.LEFT).where(f -> gt(f.col("v.adRevenue"), dbl(1.0))).write("out"));
    assertDoesNotFire(new PushFilterIntoJoinSide(), p);
  }

  @Test
  void broadcastHintOnRightSideIsHonoured() {
    var p = plan(R.joinWithHints(JoinKind.INNER, "r", V, "v", "pageURL", "destURL", false, true).write("out"));
    var after = new BroadcastSmallJoinSide().apply(p, new RuleContext(PlanOptions.defaults())).orElseThrow();
    assertTrue(PlanPrinterText.of(after).contains(
        "Join inner on r.pageURL == v.destURL broadcast right (broadcast hint: right)"), PlanPrinterText.of(after));
  }

  @Test
  void smallSideByEstimateIsBroadcast() {
    var p = plan(join(JoinKind.INNER).write("out"));
    var options = PlanOptions.defaults().withInputSizes(Map.of("rankings", 1000L, "uservisits", 1L << 40));
    var after = new BroadcastSmallJoinSide().apply(p, new RuleContext(options)).orElseThrow();
    assertTrue(
        PlanPrinterText.of(after).contains("Join inner on r.pageURL == v.destURL broadcast left"), PlanPrinterText.of(after));
  }

  @Test
  void noBroadcastWithoutHintOrEstimate() {
    assertDoesNotFire(new BroadcastSmallJoinSide(), plan(join(JoinKind.INNER).write("out")));
  }

  @Test
  void preservedSideIsNeverBroadcastEvenWhenSmallOrHinted() {
    var options = PlanOptions.defaults().withInputSizes(Map.of("rankings", 1000L, "uservisits", 1L << 40));
    assertDoesNotFire(new BroadcastSmallJoinSide(), plan(join(JoinKind.LEFT).write("out")), options);
    var hinted = R.joinWithHints(JoinKind.FULL, "r", V, "v", "pageURL", "destURL", true, true);
    assertDoesNotFire(new BroadcastSmallJoinSide(), plan(hinted.write("out")));
    var bothTiny = PlanOptions.defaults().withInputSizes(Map.of("rankings", 10L, "uservisits", 10L));
    assertDoesNotFire(new BroadcastSmallJoinSide(), plan(join(JoinKind.FULL).write("out")), bothTiny);
  }
}
