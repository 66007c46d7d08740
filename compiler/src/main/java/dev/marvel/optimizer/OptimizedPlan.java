package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The optimizer's result: the plan it started from, the plan it produced and the rules that fired, in order. */
public record OptimizedPlan(LogicalPlan original, LogicalPlan plan, List<RuleFiring> fired) {

  public OptimizedPlan {
    fired = List.copyOf(fired);
  }

  /** {@code PushFilterIntoJoinSide ×2}, one per rule in first-firing order, as explain prints them. */
  public List<String> firedSummary() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RuleFiring f : fired) {
      counts.merge(f.pass() + ": " + f.rule(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue()).toList();
  }
}
