package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import java.util.Optional;

/**
 * One small, independent rewrite of a logical plan. Returns the rewritten plan, or empty when the
 * rule did not fire — a rule that returns a plan must have changed it, so the optimizer reaches a
 * fixpoint.
 */
public interface Rule {

  Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context);

  /** The rule's class name, a verb phrase, as explain lists it. */
  default String name() {
    return getClass().getSimpleName();
  }
}
