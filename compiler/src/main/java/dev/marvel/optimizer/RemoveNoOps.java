package dev.marvel.optimizer;

import dev.marvel.plan.Filter;
import dev.marvel.plan.Limit;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.TopK;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.Literal;
import java.util.Optional;

/**
 * Removes operators that cannot change their input.
 *
 * <pre>
 *   Project a, b   (input a, b)      ⇒  input
 *   Filter true                      ⇒  input
 *   Limit 10 ← Limit 3               ⇒  Limit 3
 *   Limit 10 ← TopK[final] 3         ⇒  TopK[final] 3
 * </pre>
 */
public final class RemoveNoOps extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Project p && isIdentity(p)) {
      return Optional.of(p.input());
    }
    if (node instanceof Filter f && f.condition() instanceof Literal l && l.isTrue()) {
      return Optional.of(f.input());
    }
    if (node instanceof Limit outer && outer.input() instanceof Limit inner
        && outer.phase() == Phase.SINGLE && inner.phase() == Phase.SINGLE) {
      return Optional.of(new Limit(inner.input(), Math.min(outer.count(), inner.count()), outer.span()));
    }
    if (node instanceof Limit l && l.phase() == Phase.SINGLE && l.input() instanceof TopK t && t.phase() != Phase.PARTIAL
        && t.limit() <= l.count()) {
      return Optional.of(t);
    }
    return Optional.empty();
  }

  private static boolean isIdentity(Project p) {
    var in = p.input().schema();
    if (p.outputs().size() != in.size()) {
      return false;
    }
    for (int i = 0; i < in.size(); i++) {
      NamedExpr o = p.outputs().get(i);
      if (!(o.expr() instanceof ColumnRef c) || c.index() != i || !o.column().equals(in.get(i))) {
        return false;
      }
    }
    return true;
  }
}
