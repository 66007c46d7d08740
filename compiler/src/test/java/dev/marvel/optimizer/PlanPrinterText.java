package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanPrinter;

/** The printed plan, for tests whose interesting part is only the plan after a rule. */
final class PlanPrinterText {

  private PlanPrinterText() {}

  static String of(LogicalPlan p) {
    return PlanPrinter.print(p);
  }
}
