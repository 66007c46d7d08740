package dev.marvel.stages;

import static dev.marvel.plan.TestFlow.agg;
import static dev.marvel.plan.TestFlow.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.Explain;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.JoinKind;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.TestFlow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Less common plan shapes: unions across stages, broadcasts that would close a cycle, determinism. */
class StageShapesTest {

  private static final String UV = "sourceIP: string, destURL: string, adRevenue: double";

  @Test
  void unionOfTwoReadsIsOneMapStage() {
    var u = TestFlow.union(TestFlow.csv("a", UV), TestFlow.csv("b", UV));
    StagePlan sp = Explain.of(plan(u.write("o")), PlanOptions.defaults()).stages();
    assertEquals(1, sp.stages().size());
    assertEquals(2, sp.stages().get(0).inputs().size());
  }

  @Test
  void unionOfAggregatesMeetsThroughARoundRobinExchange() {
    var a = TestFlow.csv("a", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    var b = TestFlow.csv("b", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    Explain e = Explain.of(plan(TestFlow.union(a, b).write("o")), PlanOptions.defaults());
    assertEquals(5, e.stages().stages().size(), e.text());
    assertTrue(e.stages().shuffles().stream().filter(s -> s.partitioning() instanceof Partitioning.RoundRobin).count() == 2,
        e.text());
  }

  @Test
  void broadcastOfAnAggregateOfTheStreamedInputDoesNotCloseACycle() {
    TestFlow v = TestFlow.csv("uv", UV);
    var counts = v.groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    var joined = v.joinWithHints(JoinKind.INNER, "v", counts, "c", "sourceIP", "sourceIP", false, true);
    Explain e = Explain.of(plan(joined.write("o")), PlanOptions.defaults());
    String text = e.text();
    assertEquals(3, e.stages().stages().size(), text);
    assertTrue(e.stages().stages().get(2).inputs().stream().anyMatch(InputChannel.Broadcast.class::isInstance), text);
  }

  @Test
  void stagePlansAreDeterministic() {
    var a = TestFlow.csv("a", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    var b = TestFlow.csv("b", UV).orderBy("adRevenue");
    var p = plan(a.write("x"), b.write("y"), TestFlow.union(TestFlow.csv("a", UV), TestFlow.csv("b", UV)).write("z"));
    String first = Explain.of(p, PlanOptions.defaults()).text();
    for (int i = 0; i < 5; i++) {
      assertEquals(first, Explain.of(p, PlanOptions.defaults()).text());
    }
    assertTrue(Explain.of(p, PlanOptions.defaults()).dot().startsWith("digraph \"test\" {"));
  }

  @Test
  void sortingAnAggregateSamplesTheShuffleTheAggregateReads() {
    var counted = TestFlow.csv("a", UV).groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")))
        .orderBy("n desc");
    StagePlan sp = Explain.of(plan(counted.write("o")), PlanOptions.defaults()).stages();
    assertEquals(List.of(StageKind.MAP, StageKind.SAMPLE, StageKind.REDUCE, StageKind.REDUCE),
        sp.stages().stream().map(Stage::kind).toList());
    Stage sampler = sp.stages().get(1);
    assertTrue(sampler.inputs().get(0) instanceof InputChannel.ShufflePartition sh && sh.fromStage().equals("s1"));
    assertTrue(sampler.outputs().get(0) instanceof OutputChannel.RangeBoundaries r && r.toStage().equals("s3"));
  }

  @Test
  void limitWithoutOrderGathersTaskLimitedRowsIntoOneTask() {
    StagePlan sp = Explain.of(plan(TestFlow.csv("a", UV).limit(7).write("o")), PlanOptions.defaults()).stages();
    assertEquals(2, sp.stages().size());
    OutputChannel.Shuffle gather = sp.shuffles().get(0);
    assertTrue(gather.partitioning() instanceof Partitioning.Single);
    assertEquals("Limit[partial]", gather.combiner().orElseThrow().nodeName());
    assertEquals(new Parallelism.Fixed(1), sp.stages().get(1).parallelism());
  }

  @Test
  void aCycleThroughAStageThatLaterGainedAnInputIsAvoided() {
    TestFlow a = TestFlow.csv("a", UV);
    TestFlow b = TestFlow.csv("b", UV);
    var perB = b.groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    var perA = a.groupBy(List.of("sourceIP"), f -> List.of(agg(AggFunction.COUNT, "n")));
    // b's map stage later also reads a broadcast of perA, which reads a: a's stage must not read perB.
    var bWithA = b.joinWithHints(JoinKind.INNER, "b", perA, "g", "sourceIP", "sourceIP", false, true);
    var aWithB = a.joinWithHints(JoinKind.INNER, "a", perB, "c", "sourceIP", "sourceIP", false, true);
    Explain e = Explain.of(plan(perB.write("x"), bWithA.write("y"), aWithB.write("z")), PlanOptions.defaults());
    assertTrue(e.stages().shuffles().stream().anyMatch(s -> s.partitioning() instanceof Partitioning.RoundRobin),
        e.text());
  }

  @Test
  void deeplySharedPlansArePlannedInTimeLinearInTheirNodes() {
    TestFlow flow = TestFlow.csv("a", UV);
    for (int i = 0; i < 40; i++) {
      flow = TestFlow.union(flow, flow); // 2^40 paths through 41 nodes
    }
    TestFlow deep = flow;
    Explain e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Explain.of(plan(deep.distinct().write("o")), PlanOptions.defaults()));
    assertEquals(2, e.stages().stages().size()); // the unions fuse into the scan; distinct after the shuffle
  }

  @Test
  void sortingWhatOneTaskProducedNeedsNoSampling() {
    var limited = TestFlow.csv("a", UV).limit(10).orderBy("adRevenue desc");
    StagePlan sp = Explain.of(plan(limited.write("o")), PlanOptions.defaults()).stages();
    assertEquals(List.of(StageKind.MAP, StageKind.REDUCE), sp.stages().stream().map(Stage::kind).toList());
    assertTrue(sp.stages().get(1).operators().stream().anyMatch(op -> op.nodeName().equals("Sort")));
  }
}
