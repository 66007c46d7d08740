package dev.marvel.optimizer;

import dev.marvel.plan.AggCall;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.expr.ConstantFolder;
import java.util.Optional;

/**
 * Evaluates what parameters made constant, in every expression of a node.
 *
 * <pre>
 *   Filter visitDate between cast("1980-01-01" as date) and cast("1980-04-01" as date)
 *   ⇒ Filter visitDate between date "1980-01-01" and date "1980-04-01"
 *   Filter pageRank > 10 * 100   ⇒   Filter pageRank > 1000
 * </pre>
 */
public final class FoldConstants extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Filter f) {
      return Optional.of(new Filter(f.input(), ConstantFolder.fold(f.condition()), f.span()));
    }
    if (node instanceof Project p) {
      return Optional.of(new Project(p.input(),
          p.outputs().stream().map(o -> o.withExpr(ConstantFolder.fold(o.expr()))).toList(), p.span()));
    }
    if (node instanceof FlatMap f) {
      return Optional.of(new FlatMap(f.input(), f.name(), ConstantFolder.fold(f.list()), f.span()));
    }
    if (node instanceof Aggregate a) {
      return Optional.of(new Aggregate(a.input(), a.keys(),
          a.calls().stream().map(c -> new AggCall(c.function(),
              c.args().stream().map(ConstantFolder::fold).toList(), c.name(), c.span())).toList(),
          a.phase(), a.span()));
    }
    return Optional.empty();
  }
}
