package dev.marvel.optimizer;

import dev.marvel.plan.Limit;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import java.util.List;
import java.util.Optional;

/**
 * A projection keeps the number of rows, so a limit can go below it: fewer rows are projected, and
 * a limit that lands on a sort becomes a top-k ({@link SortLimitToTopK}) — as for
 * {@code order by} an expression, which the plan sorts through a projection.
 *
 * <pre>
 *   Limit 5                  Project a, b
 *     Project a, b      ⇒      Limit 5
 *       x                        x
 * </pre>
 */
public final class PushLimitBelowProject extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Limit l && l.phase() == Phase.SINGLE && l.input() instanceof Project p) {
      return Optional.of(p.withInputs(List.of(new Limit(p.input(), l.count(), l.span()))));
    }
    return Optional.empty();
  }
}
