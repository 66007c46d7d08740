package dev.marvel.optimizer;

import dev.marvel.plan.Limit;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Sort;
import dev.marvel.plan.TopK;
import java.util.Optional;

/**
 * A sort followed by a limit keeps only the best rows: each task keeps its own best {@code n}
 * map-side (a bounded heap), and a single final task picks the best {@code n} of those — no full
 * sort, no range partitioning.
 *
 * <pre>
 *   Limit 10                 TopK[final] 10 by total desc
 *     Sort by total desc  ⇒    TopK[partial] 10 by total desc
 *       x                        x
 * </pre>
 */
public final class SortLimitToTopK extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Limit l && l.phase() == Phase.SINGLE && l.input() instanceof Sort s) {
      TopK partial = new TopK(s.input(), s.keys(), l.count(), Phase.PARTIAL, s.span());
      return Optional.of(new TopK(partial, s.keys(), l.count(), Phase.FINAL, s.span().to(l.span())));
    }
    return Optional.empty();
  }
}
