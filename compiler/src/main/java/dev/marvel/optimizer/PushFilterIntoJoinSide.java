package dev.marvel.optimizer;

import dev.marvel.plan.Filter;
import dev.marvel.plan.Join;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.expr.RowExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Moves each conjunct of a filter above a join that reads columns of one side only below the join,
 * onto that side, so rows are dropped before they are shuffled.
 *
 * <pre>
 *   Filter v.visitDate between s and e and r.pageRank > v.duration
 *     Join r, v                                 ⇒   Filter r.pageRank > v.duration
 *                                                     Join r, (Filter visitDate between s and e ← v)
 * </pre>
 *
 * Outer joins: a conjunct may only move onto a side whose rows are never null-extended. Below
 * the null-supplying side it would drop the match and the join would then invent a null-extended
 * row the filter above had removed. So left-side conjuncts move for inner and left joins,
 * right-side conjuncts for inner and right joins, and none for full joins.
 */
public final class PushFilterIntoJoinSide extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Filter f) || !(f.input() instanceof Join j)) {
      return Optional.empty();
    }
    int leftSize = j.left().schema().size();
    boolean leftAllowed = !j.kind().preservesRight();
    boolean rightAllowed = !j.kind().preservesLeft();
    List<RowExpr> toLeft = new ArrayList<>();
    List<RowExpr> toRight = new ArrayList<>();
    List<RowExpr> stay = new ArrayList<>();
    for (RowExpr c : Conjuncts.split(f.condition())) {
      SortedSet<Integer> cols = c.inputColumns();
      if (cols.isEmpty()) {
        stay.add(c);
      } else if (cols.last() < leftSize && leftAllowed) {
        toLeft.add(c.renameColumns(j.left().schema()));
      } else if (cols.first() >= leftSize && rightAllowed) {
        toRight.add(c.remapColumns(i -> i - leftSize).renameColumns(j.right().schema()));
      } else {
        stay.add(c);
      }
    }
    if (toLeft.isEmpty() && toRight.isEmpty()) {
      return Optional.empty();
    }
    PlanNode left = toLeft.isEmpty() ? j.left() : new Filter(j.left(), Conjuncts.and(toLeft), f.span());
    PlanNode right = toRight.isEmpty() ? j.right() : new Filter(j.right(), Conjuncts.and(toRight), f.span());
    PlanNode join = j.withInputs(List.of(left, right));
    return Optional.of(stay.isEmpty() ? join : new Filter(join, Conjuncts.and(stay), f.span()));
  }
}
