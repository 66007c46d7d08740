package dev.marvel.optimizer;

import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Source;
import dev.marvel.source.Span;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each input once however many flows read it (Pig's multi-query): identical sources — same
 * format, path, options, schema and columns, wherever they are written — become one node, so the
 * stage planner gives it one scan feeding every consumer.
 *
 * <pre>
 *   Sink a ← Filter p ← Source csv "uv"          Sink a ← Filter p ← #1 Source csv "uv"
 *   Sink b ← Project … ← Source csv "uv"    ⇒    Sink b ← Project … ← #1
 * </pre>
 *
 * Runs before {@link PruneColumns}, while both reads still read every column.
 */
public final class ShareCommonInputs implements Rule {

  @Override
  public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
    Map<Source, Source> canonical = new HashMap<>();
    Map<PlanNode, Boolean> distinctBefore = new IdentityHashMap<>();
    for (PlanNode n : plan.nodesBottomUp()) {
      if (n instanceof Source s) {
        distinctBefore.put(s, Boolean.TRUE);
        canonical.putIfAbsent(withoutSpan(s), s);
      }
    }
    if (canonical.size() == distinctBefore.size()) {
      return Optional.empty();
    }
    return Optional.of(plan.rewrite(n -> n instanceof Source s ? canonical.get(withoutSpan(s)) : n));
  }

  /** The source as a key: where it was written does not make two reads different. */
  private static Source withoutSpan(Source s) {
    return new Source(s.format(), s.path(), s.options(), s.declaredSchema(), s.readColumns(), Span.NONE);
  }
}
