package dev.marvel.optimizer;

import dev.marvel.plan.Filter;
import dev.marvel.plan.PlanNode;
import java.util.List;
import java.util.Optional;

/**
 * Two filters in a row become one, so later rules see every conjunct at once.
 *
 * <pre>
 *   Filter b            Filter a and b
 *     Filter a    ⇒       x
 *       x
 * </pre>
 */
public final class MergeFilters extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (node instanceof Filter outer && outer.input() instanceof Filter inner) {
      return Optional.of(new Filter(inner.input(),
          Conjuncts.and(List.of(inner.condition(), outer.condition())), inner.span().to(outer.span())));
    }
    return Optional.empty();
  }
}
