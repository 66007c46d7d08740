package dev.marvel.optimizer;

import dev.marvel.plan.Filter;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.RowExpr;
import java.util.Optional;

/**
 * Moves a filter below a projection, rewriting the condition over the projection's input, so it
 * can travel further down (towards a join side or the reader).
 *
 * <pre>
 *   Filter rank > 10                     Project url, rank = pageRank
 *     Project url, rank = pageRank  ⇒      Filter pageRank > 10
 *       x                                    x
 * </pre>
 *
 * Fires only when every column the condition reads is a plain column or a literal in the
 * projection: inlining a computed column would evaluate it twice per row.
 */
public final class PushFilterBelowProject extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Filter f) || !(f.input() instanceof Project p)) {
      return Optional.empty();
    }
    for (int c : f.condition().inputColumns()) {
      RowExpr e = p.outputs().get(c).expr();
      if (!(e instanceof ColumnRef) && !(e instanceof Literal)) {
        return Optional.empty();
      }
    }
    RowExpr below = f.condition().transform(e -> e instanceof ColumnRef c ? p.outputs().get(c.index()).expr() : e);
    return Optional.of(new Project(new Filter(p.input(), below, f.span()), p.outputs(), p.span()));
  }
}
