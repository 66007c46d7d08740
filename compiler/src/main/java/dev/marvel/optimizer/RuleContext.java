package dev.marvel.optimizer;

import dev.marvel.plan.PlanOptions;

/** What a rule may consult besides the plan: the planning options (size estimates, thresholds). */
public record RuleContext(PlanOptions options) {}
