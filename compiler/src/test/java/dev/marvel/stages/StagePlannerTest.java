package dev.marvel.stages;

import static dev.marvel.plan.TestFlow.agg;
import static dev.marvel.plan.TestFlow.call;
import static dev.marvel.plan.TestFlow.dbl;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.listOf;
import static dev.marvel.plan.TestFlow.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.Explain;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.JoinKind;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.TestFlow;
import dev.marvel.types.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StagePlannerTest {

  static final TestFlow R = TestFlow.csv("rankings", "pageURL: string, pageRank: int, avgDuration: int");
  static final TestFlow V = TestFlow.csv("uservisits", "sourceIP: string, destURL: string, adRevenue: double");

  static LogicalPlan wordCount() {
    return plan(TestFlow.text("in")
        .explode("word", f -> call("tokenize", listOf(Type.STRING), call("lower", Type.STRING, f.col("line"))))
        .groupBy(List.of("word"), f -> List.of(agg(AggFunction.COUNT, "n"))).write("out"));
  }

  static Explain explain(LogicalPlan p, PlanOptions options) {
    return Explain.of(p, options);
  }

  @Test
  void wordCountIsAMapStageWithCombinerAndAReduceStage() {
    StagePlan sp = explain(wordCount(), PlanOptions.defaults()).stages();
    assertEquals(2, sp.stages().size());
    Stage map = sp.stages().get(0);
    assertEquals(StageKind.MAP, map.kind());
    OutputChannel.Shuffle shuffle = assertInstanceOf(OutputChannel.Shuffle.class, map.outputs().get(0));
    Aggregate combiner = assertInstanceOf(Aggregate.class, shuffle.combiner().orElseThrow());
    assertEquals(Phase.PARTIAL, combiner.phase());
    assertEquals(new Partitioning.Hash(List.of(0), 4), shuffle.partitioning());
    Stage reduce = sp.stages().get(1);
    assertEquals(new Parallelism.Fixed(4), reduce.parallelism());
    assertInstanceOf(OutputChannel.Write.class, reduce.outputs().get(0));
  }

  @Test
  void partitionedJoinIsTwoMapStagesAndAReduceStage() {
    var p = plan(R.join(JoinKind.INNER, "r", V, "v", "pageURL", "destURL").write("out"));
    StagePlan sp = explain(p, PlanOptions.defaults()).stages();
    assertEquals(3, sp.stages().size());
    assertEquals(List.of(StageKind.MAP, StageKind.MAP, StageKind.REDUCE), sp.stages().stream().map(Stage::kind).toList());
    assertEquals(2, sp.shuffles().size());
    assertEquals(2, sp.stages().get(2).inputs().size());
  }

  @Test
  void broadcastJoinNeedsNoShuffle() {
    var p = plan(R.join(JoinKind.INNER, "r", V, "v", "pageURL", "destURL").write("out"));
    var options = PlanOptions.defaults().withInputSizes(Map.of("rankings", 1_000L));
    StagePlan sp = explain(p, options).stages();
    assertEquals(2, sp.stages().size());
    assertEquals(0, sp.shuffles().size());
    assertInstanceOf(OutputChannel.Broadcast.class, sp.stages().get(0).outputs().get(0));
    assertTrue(sp.stages().get(1).inputs().stream().anyMatch(InputChannel.Broadcast.class::isInstance));
  }

  @Test
  void orderByWithoutLimitSamplesAndRangePartitions() {
    var p = plan(V.where(f -> gt(f.col("adRevenue"), dbl(1))).orderBy("adRevenue desc").write("out"));
    StagePlan sp = explain(p, PlanOptions.defaults().withDefaultParallelism(8)).stages();
    assertEquals(List.of(StageKind.SAMPLE, StageKind.MAP, StageKind.REDUCE),
        sp.stages().stream().map(Stage::kind).toList());
    var range = assertInstanceOf(Partitioning.Range.class, sp.shuffles().get(0).partitioning());
    assertEquals(8, range.partitions());
    assertInstanceOf(OutputChannel.RangeBoundaries.class, sp.stages().get(0).outputs().get(0));
  }

  @Test
  void orderByWithLimitIsPartialTopKThenOneTask() {
    var p = plan(V.orderBy("adRevenue desc").limit(3).write("out"));
    StagePlan sp = explain(p, PlanOptions.defaults()).stages();
    assertEquals(2, sp.stages().size());
    var shuffle = sp.shuffles().get(0);
    assertInstanceOf(Partitioning.Single.class, shuffle.partitioning());
    assertTrue(shuffle.combiner().isPresent());
    assertEquals(new Parallelism.Fixed(1), sp.stages().get(1).parallelism());
  }

  @Test
  void oneReadFeedsTwoSinksInOneStage() {
    var p = plan(V.where(f -> gt(f.col("adRevenue"), dbl(1))).write("big"),
        TestFlow.csv("uservisits", "sourceIP: string, destURL: string, adRevenue: double").select("sourceIP").write("ips"));
    StagePlan sp = explain(p, PlanOptions.defaults()).stages();
    assertEquals(1, sp.stages().size());
    assertEquals(1, sp.stages().get(0).inputs().size());
    assertEquals(2, sp.stages().get(0).outputs().size());
  }

  @Test
  void partitionCountFollowsInputSize() {
    var options = PlanOptions.defaults().withInputSizes(Map.of("in", 10L * options().targetBytesPerPartition() + 1));
    StagePlan sp = Explain.of(wordCount(), options).stages();
    assertEquals(new Parallelism.Fixed(11), sp.stages().get(1).parallelism());
  }

  private static PlanOptions options() {
    return PlanOptions.defaults();
  }

  @Test
  void dotShowsStagesFilesAndChannels() {
    assertEquals("""
        digraph "test" {
          rankdir=LR;
          node [shape=box, fontname="monospace"];
          s1 [label="s1 map (one task per input split)\\lFlatMap\\l"];
          in_s1_0 [shape=note, label="text in"];
          in_s1_0 -> s1;
          s1 -> s2 [label="c1: hash(word) into 4 partitions, combined"];
          s2 [label="s2 reduce (4 tasks)\\lAggregate[final]\\l"];
          out_s2_0 [shape=note, label="tsv out"];
          s2 -> out_s2_0;
        }
        """, explain(wordCount(), PlanOptions.defaults()).dot());
  }
}
