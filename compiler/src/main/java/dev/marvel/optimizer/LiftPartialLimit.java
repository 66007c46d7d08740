package dev.marvel.optimizer;

import dev.marvel.plan.Limit;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.SingleStream;
import java.util.Optional;

/**
 * A limit over rows many tasks produce: each task stops after {@code n} rows map-side, and one
 * final task takes {@code n} of what arrives — at most tasks × n rows cross the shuffle.
 *
 * <pre>
 *   Limit 10            Limit[final] 10
 *     x          ⇒        Limit[partial] 10
 *                           x
 * </pre>
 *
 * Does not fire when the input already comes from a single task (after a final top-k or a global
 * aggregate): the limit then runs there.
 */
public final class LiftPartialLimit extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Limit l) || l.phase() != Phase.SINGLE || SingleStream.holds(l.input())) {
      return Optional.empty();
    }
    Limit partial = new Limit(l.input(), l.count(), Phase.PARTIAL, l.span());
    return Optional.of(new Limit(partial, l.count(), Phase.FINAL, l.span()));
  }
}
