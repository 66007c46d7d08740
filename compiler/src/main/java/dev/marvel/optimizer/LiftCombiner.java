package dev.marvel.optimizer;

import dev.marvel.plan.AggCall;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Splits an aggregate into a map-side partial one (a combiner: far fewer rows cross the shuffle)
 * and a final one that merges partial results after it.
 *
 * <pre>
 *   Aggregate by word compute n = count()      Aggregate[final] by word compute n = count(n)
 *     x                                    ⇒     Aggregate[partial] by word compute n = count()
 *                                                  x
 * </pre>
 *
 * Algebraic calls split directly: count (final sums counts), sum, min, max, and avg (partial
 * (sum, count), final divides). An aggregate of only {@code count_distinct(c)} calls on one column
 * de-duplicates (keys, c) map-side and counts distinct values after the shuffle. Any other mix
 * does not fire. A {@code distinct} is a grouping by every column without calls, and splits the
 * same way (map-side de-duplication).
 */
public final class LiftCombiner extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Distinct d) {
      List<Integer> all = IntStream.range(0, d.schema().size()).boxed().toList();
      return Optional.of(algebraic(new Aggregate(d.input(), all, List.of(), Phase.SINGLE, d.span())));
    }
    if (!(node instanceof Aggregate a) || a.phase() != Phase.SINGLE) {
      return Optional.empty();
    }
    if (a.calls().stream().allMatch(c -> c.function().isAlgebraic())) {
      return Optional.of(algebraic(a));
    }
    return distinctCounts(a);
  }

  private static PlanNode algebraic(Aggregate a) {
    Aggregate partial = new Aggregate(a.input(), a.keys(), a.calls(), Phase.PARTIAL, a.span());
    Schema ps = partial.schema();
    int col = a.keys().size();
    List<AggCall> finals = new ArrayList<>();
    for (AggCall c : a.calls()) {
      List<RowExpr> args = new ArrayList<>();
      for (Column ignored : c.outputColumns(Phase.PARTIAL)) {
        args.add(new ColumnRef(col, ps.get(col).display(), ps.get(col).type(), c.span()));
        col++;
      }
      finals.add(new AggCall(c.function(), args, c.name(), c.span()));
    }
    return new Aggregate(partial, keyPrefix(a), finals, Phase.FINAL, a.span());
  }

  private static Optional<PlanNode> distinctCounts(Aggregate a) {
    if (!a.calls().stream().allMatch(c -> c.function() == AggFunction.COUNT_DISTINCT)) {
      return Optional.empty();
    }
    RowExpr arg = a.calls().get(0).args().get(0);
    if (!(arg instanceof ColumnRef) || !a.calls().stream().allMatch(c -> c.args().get(0).equals(arg))) {
      return Optional.empty();
    }
    List<Integer> dedupKeys = new ArrayList<>(a.keys());
    dedupKeys.add(((ColumnRef) arg).index());
    Aggregate dedup = new Aggregate(a.input(), dedupKeys, List.of(), Phase.PARTIAL, a.span());
    int valueCol = a.keys().size();
    Column value = dedup.schema().get(valueCol);
    List<AggCall> finals = a.calls().stream()
        .map(c -> new AggCall(c.function(), List.of(new ColumnRef(valueCol, value.display(), value.type(), c.span())),
            c.name(), c.span()))
        .toList();
    return Optional.of(new Aggregate(dedup, keyPrefix(a), finals, Phase.FINAL, a.span()));
  }

  private static List<Integer> keyPrefix(Aggregate a) {
    return IntStream.range(0, a.keys().size()).boxed().toList();
  }
}
