package dev.marvel.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.marvel.compiler.Explain;
import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagePlanValidatorTest {

  private static StagePlan wordCount() {
    return Explain.of(StagePlannerTest.wordCount(), PlanOptions.defaults()).stages();
  }

  private static String failure(StagePlan p) {
    return assertThrows(InvalidPlanException.class, () -> StagePlanValidator.validate(p)).getMessage();
  }

  @Test
  void stagesInTheWrongOrderAreCaught() {
    StagePlan p = wordCount();
    StagePlan swapped = new StagePlan(p.pipeline(), List.of(p.stages().get(1), p.stages().get(0)));
    assertEquals("invalid stage plan: stage s2 reads c1 from s1, which does not run before it", failure(swapped));
  }

  @Test
  void anOperatorWithoutItsInputIsCaught() {
    StagePlan p = wordCount();
    Stage reduce = p.stages().get(1);
    Stage broken = new Stage(reduce.id(), reduce.kind(), List.of(), reduce.operators(), reduce.outputs(),
        reduce.parallelism());
    String msg = failure(new StagePlan(p.pipeline(), List.of(p.stages().get(0), broken)));
    assertEquals(true, msg.startsWith("invalid stage plan: stage s2 computes Aggregate[final] by word"), msg);
  }

  @Test
  void taskCountDisagreeingWithPartitionsIsCaught() {
    StagePlan p = wordCount();
    Stage reduce = p.stages().get(1);
    Stage wide = new Stage(reduce.id(), reduce.kind(), reduce.inputs(), reduce.operators(), reduce.outputs(),
        new Parallelism.Fixed(7));
    assertEquals("invalid stage plan: stage s2 runs 7 tasks but shuffle c1 has 4 partitions",
        failure(new StagePlan(p.pipeline(), List.of(p.stages().get(0), wide))));
  }

  @Test
  void aChannelNobodyWroteIsCaught() {
    StagePlan p = wordCount();
    Stage map = p.stages().get(0);
    Stage silent = new Stage(map.id(), map.kind(), map.inputs(), map.operators(), new ArrayList<>(), map.parallelism());
    assertEquals("invalid stage plan: stage s2 reads c1 but s1 writes no such channel to it",
        failure(new StagePlan(p.pipeline(), List.of(silent, p.stages().get(1)))));
  }
}
