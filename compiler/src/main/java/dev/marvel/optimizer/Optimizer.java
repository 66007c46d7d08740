package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.PlanValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies rule passes in order, each to a fixpoint, validating the plan after every pass and
 * recording which rules fired. The logical pass simplifies and moves work towards the readers;
 * the physical pass then picks join strategies and splits aggregates around the shuffle.
 */
public final class Optimizer {

  /** A named list of rules applied together until none fires. */
  public record Pass(String name, List<Rule> rules) {
    public Pass {
      rules = List.copyOf(rules);
    }
  }

  /** Rounds over a pass before concluding its rules undo each other (a bug). */
  private static final int MAX_ROUNDS = 100;

  private final List<Pass> passes;
  private final RuleContext context;

  public Optimizer(List<Pass> passes, PlanOptions options) {
    this.passes = List.copyOf(passes);
    this.context = new RuleContext(options);
  }

  /** Marvel's rules in their deterministic order. */
  public static Optimizer standard(PlanOptions options) {
    return new Optimizer(List.of(
        new Pass("logical", List.of(
            new FoldConstants(), new RemoveNoOps(), new MergeFilters(), new MergeProjects(), new PushFilterBelowProject(),
            new PushFilterIntoJoinSide(), new PushFilterBelowAggregate(), new PushLimitBelowProject(),
            new SortLimitToTopK(), new ShareCommonInputs(), new PruneColumns())),
        new Pass("physical", List.of(new BroadcastSmallJoinSide(), new LiftCombiner(), new LiftPartialLimit()))),
        options);
  }

  public OptimizedPlan optimize(LogicalPlan plan) {
    PlanValidator.validate(plan, "planning");
    List<RuleFiring> fired = new ArrayList<>();
    LogicalPlan current = plan;
    for (Pass pass : passes) {
      current = runToFixpoint(pass, current, fired);
      PlanValidator.validate(current, pass.name() + " optimization");
    }
    return new OptimizedPlan(plan, current, fired);
  }

  private LogicalPlan runToFixpoint(Pass pass, LogicalPlan plan, List<RuleFiring> fired) {
    LogicalPlan current = plan;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean any = false;
      for (Rule rule : pass.rules()) {
        Optional<LogicalPlan> next = rule.apply(current, context);
        if (next.isPresent()) {
          current = next.get();
          fired.add(new RuleFiring(pass.name(), rule.name()));
          any = true;
        }
      }
      if (!any) {
        return current;
      }
    }
    List<String> last = fired.subList(Math.max(0, fired.size() - 6), fired.size()).stream().map(RuleFiring::rule).toList();
    throw new IllegalStateException("the " + pass.name() + " rules did not reach a fixpoint in "
        + MAX_ROUNDS + " rounds; they keep firing: " + String.join(", ", last));
  }
}
