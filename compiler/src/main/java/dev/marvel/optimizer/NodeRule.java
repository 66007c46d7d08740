package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanNode;
import java.util.Optional;

/**
 * A rule that looks at one node (and what is below it) at a time: the plan is walked bottom-up
 * and every node the pattern matches is rewritten. Sharing in the DAG is kept.
 */
public abstract class NodeRule implements Rule {

  /** The node rewritten, or empty when the pattern does not match here. */
  protected abstract Optional<PlanNode> rewrite(PlanNode node, RuleContext context);

  @Override
  public final Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
    boolean[] fired = {false};
    LogicalPlan out = plan.rewrite(n -> {
      Optional<PlanNode> r = rewrite(n, context);
      if (r.isPresent() && !r.get().equals(n)) {
        fired[0] = true;
        return r.get();
      }
      return n;
    });
    return fired[0] ? Optional.of(out) : Optional.empty();
  }
}
