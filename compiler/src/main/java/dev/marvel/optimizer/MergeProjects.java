package dev.marvel.optimizer;

import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.RowExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two projections in a row become one, the outer expressions rewritten over the inner's input.
 *
 * <pre>
 *   Project shouted = yell(url), bucket = rank % 10      Project shouted = yell(a.pageURL),
 *     Project url = a.pageURL, rank = a.pageRank    ⇒            bucket = a.pageRank % 10
 *       x                                                  x
 * </pre>
 *
 * Does not fire when the outer projection reads a computed inner column more than once: merging
 * would compute it once per use.
 */
public final class MergeProjects extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Project outer) || !(outer.input() instanceof Project inner)) {
      return Optional.empty();
    }
    Map<Integer, Integer> uses = new HashMap<>();
    outer.outputs().forEach(o -> o.expr().transform(e -> {
      if (e instanceof ColumnRef c) {
        uses.merge(c.index(), 1, Integer::sum);
      }
      return e;
    }));
    for (Map.Entry<Integer, Integer> use : uses.entrySet()) {
      RowExpr e = inner.outputs().get(use.getKey()).expr();
      if (use.getValue() > 1 && !(e instanceof ColumnRef) && !(e instanceof Literal)) {
        return Optional.empty();
      }
    }
    List<NamedExpr> merged = outer.outputs().stream()
        .map(o -> o.withExpr(o.expr().transform(e -> e instanceof ColumnRef c ? inner.outputs().get(c.index()).expr() : e)))
        .toList();
    return Optional.of(new Project(inner.input(), merged, outer.span()));
  }
}
