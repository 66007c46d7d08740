package dev.marvel.plan;

import static dev.marvel.plan.TestFlow.agg;
import static dev.marvel.plan.TestFlow.gt;
import static dev.marvel.plan.TestFlow.lit;
import static dev.marvel.plan.TestFlow.plan;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  private static final TestFlow R = TestFlow.csv("rankings", "pageURL: string, pageRank: int");

  private static String failure(LogicalPlan p) {
    return assertThrows(InvalidPlanException.class, () -> PlanValidator.validate(p, "test")).getMessage();
  }

  @Test
  void aWellFormedPlanPasses() {
    assertDoesNotThrow(() -> PlanValidator.validate(
        plan(R.where(f -> gt(f.col("pageRank"), lit(3))).write("out")), "test"));
  }

  @Test
  void columnIndexOutOfRangeIsCaughtNamingTheNode() {
    var bad = new Filter(R.node(), TestFlow.gt(new ColumnRef(7, "ghost", Type.INT, Span.NONE), lit(1)), Span.NONE);
    assertEquals("invalid plan after test: Filter ghost > 1  → (pageURL: string, pageRank: int): "
        + "reads column 7 of an input with 2 columns (pageURL: string, pageRank: int)", failure(plan(TestFlow.of(bad).write("o"))));
  }

  @Test
  void columnTypeDisagreeingWithTheSchemaIsCaught() {
    var bad = new Filter(R.node(), gt(new ColumnRef(0, "pageURL", Type.INT, Span.NONE), lit(1)), Span.NONE);
    assertEquals("invalid plan after test: Filter pageURL > 1  → (pageURL: string, pageRank: int): "
        + "reads pageURL (column 0) as int but the input has pageURL: string", failure(plan(TestFlow.of(bad).write("o"))));
  }

  @Test
  void nonBooleanFilterIsCaught() {
    var bad = new Filter(R.node(), lit(1), Span.NONE);
    assertEquals("invalid plan after test: Filter 1  → (pageURL: string, pageRank: int): "
        + "filter condition is int, expected bool", failure(plan(TestFlow.of(bad).write("o"))));
  }

  @Test
  void mismatchedOperandTypesAreCaught() {
    var bad = R.where(f -> gt(f.col("pageRank"), TestFlow.dbl(1.5)));
    assertEquals("invalid plan after test: Filter pageRank > 1.5  → (pageURL: string, pageRank: int): "
        + "operands of > in pageRank > 1.5 is double, expected int", failure(plan(bad.write("o"))));
  }

  @Test
  void aggregateKeyOutOfRangeIsCaught() {
    var bad = new Aggregate(R.node(), List.of(5), List.of(agg(AggFunction.COUNT, "n")), Phase.SINGLE, Span.NONE);
    String msg = failure(plan(TestFlow.of(bad).write("o")));
    assertEquals(true, msg.contains("Aggregate by ?5 compute n = count()") && msg.endsWith("reads column 5 of an input with 2 columns (pageURL: string, pageRank: int)"), msg);
  }

  @Test
  void unionOfDifferentSchemasIsCaught() {
    var bad = TestFlow.union(R, TestFlow.csv("other", "pageURL: string, pageRank: long"));
    assertEquals("invalid plan after test: Union  → (pageURL: string, pageRank: int): unites "
        + "(pageURL: string, pageRank: int) with (pageURL: string, pageRank: long)", failure(plan(bad.write("o"))));
  }

  @Test
  void planWithoutSinksIsCaught() {
    assertEquals("invalid plan after test: pipeline empty has no sink", failure(new LogicalPlan("empty", List.of())));
  }

  @Test
  void missingInputIsCaught() {
    var bad = new Sink(null, "o", FileFormat.TSV, "o", new java.util.TreeMap<>(), Span.NONE);
    assertThrows(RuntimeException.class, () -> PlanValidator.validate(new LogicalPlan("p", List.of(bad)), "test"));
  }

  @Test
  void aPartialStepReadByAnythingButItsFinalStepIsCaught() {
    var partial = new Aggregate(R.node(), List.of(0), List.of(agg(AggFunction.COUNT, "n")), Phase.PARTIAL, Span.NONE);
    var p = plan(TestFlow.of(partial).write("o"));
    assertEquals("invalid plan after test: Sink o to tsv \"o\"  → (pageURL: string, n: long): "
        + "reads the partial step Aggregate[partial] by pageURL compute n = count()  → (pageURL: string, n: long) "
        + "but is not its final step", failure(p));
  }

  @Test
  void aFinalStepWithoutItsPartialStepIsCaught() {
    var bad = new TopK(R.node(), List.of(new SortKey(1, true)), 3, Phase.FINAL, Span.NONE);
    assertEquals("invalid plan after test: TopK[final] 3 by pageRank desc  → (pageURL: string, pageRank: int): "
        + "is a final step over Source csv \"rankings\"  → (pageURL: string, pageRank: int), not over its partial step",
        failure(plan(TestFlow.of(bad).write("o"))));
  }

  @Test
  void joinKeysOfDifferentTypesAreCaught() {
    var other = TestFlow.csv("other", "id: long");
    var bad = R.join(JoinKind.INNER, "r", other, "o", "pageRank", "id");
    assertEquals("invalid plan after test: Join inner on r.pageRank == o.id partitioned  → (r.pageURL: string, "
        + "r.pageRank: int, o.id: long): joins int with long; widen one key in a projection below",
        failure(plan(bad.write("o"))));
  }
}
