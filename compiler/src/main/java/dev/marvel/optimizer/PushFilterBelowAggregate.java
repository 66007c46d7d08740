package dev.marvel.optimizer;

import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Filter;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.expr.RowExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conjunct on grouping keys only keeps or drops whole groups, so it can run on the input rows
 * instead — before they are shuffled and aggregated.
 *
 * <pre>
 *   Filter prefix != "10." and total > 5          Filter total > 5
 *     Aggregate by prefix compute total = …   ⇒     Aggregate by prefix compute total = …
 *       x                                             Filter prefix != "10."
 *                                                       x
 * </pre>
 *
 * Not for a global aggregate: it outputs a row even for no input, which a filter below would
 * not remove. Only before combiner lifting (SINGLE phase).
 */
public final class PushFilterBelowAggregate extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Filter f) || !(f.input() instanceof Aggregate a) || a.phase() != Phase.SINGLE
        || a.isGlobal()) {
      return Optional.empty();
    }
    int keys = a.keys().size();
    List<RowExpr> below = new ArrayList<>();
    List<RowExpr> stay = new ArrayList<>();
    for (RowExpr c : Conjuncts.split(f.condition())) {
      if (!c.inputColumns().isEmpty() && c.inputColumns().last() < keys) {
        below.add(c.remapColumns(a.keys()::get).renameColumns(a.input().schema()));
      } else {
        stay.add(c);
      }
    }
    if (below.isEmpty()) {
      return Optional.empty();
    }
    PlanNode agg = a.withInputs(List.of(new Filter(a.input(), Conjuncts.and(below), f.span())));
    return Optional.of(stay.isEmpty() ? agg : new Filter(agg, Conjuncts.and(stay), f.span()));
  }
}
