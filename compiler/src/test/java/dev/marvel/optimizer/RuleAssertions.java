package dev.marvel.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.PlanPrinter;
import dev.marvel.plan.PlanValidator;
import java.util.Optional;

/** Fires/does-not-fire checks for one rule, comparing printed plans before and after. */
final class RuleAssertions {

  private RuleAssertions() {}

  static void assertFires(Rule rule, LogicalPlan plan, String before, String after) {
    assertFires(rule, plan, PlanOptions.defaults(), before, after);
  }

  static void assertFires(Rule rule, LogicalPlan plan, PlanOptions options, String before, String after) {
    PlanValidator.validate(plan, "test setup");
    assertEquals(before, PlanPrinter.print(plan), "plan before " + rule.name());
    Optional<LogicalPlan> result = rule.apply(plan, new RuleContext(options));
    assertTrue(result.isPresent(), rule.name() + " did not fire");
    PlanValidator.validate(result.get(), rule.name());
    assertEquals(after, PlanPrinter.print(result.get()), "plan after " + rule.name());
  }

  static void assertDoesNotFire(Rule rule, LogicalPlan plan) {
    assertDoesNotFire(rule, plan, PlanOptions.defaults());
  }

  static void assertDoesNotFire(Rule rule, LogicalPlan plan, PlanOptions options) {
    PlanValidator.validate(plan, "test setup");
    Optional<LogicalPlan> result = rule.apply(plan, new RuleContext(options));
    assertTrue(result.isEmpty(), () -> rule.name() + " fired:\n" + PlanPrinter.print(result.get()));
  }
}
