package dev.marvel.optimizer;

import dev.marvel.plan.Join;
import dev.marvel.plan.JoinStrategy;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.Source;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sends a small join side whole to every task that streams the other side, so neither side is
 * shuffled.
 *
 * <pre>
 *   Join inner on r.url == v.url partitioned      Join inner on r.url == v.url broadcast right
 *     big                                    ⇒      big
 *     small   (hint, or ≤ broadcast threshold)      small
 * </pre>
 *
 * A side is chosen when the source marked it {@code broadcast}, else when its estimated size
 * (the sum of the sizes of the inputs it reads, from {@link PlanOptions#inputSizeEstimates()}) is
 * at most the threshold. Only a side whose unmatched rows are never output can be broadcast:
 * the streaming tasks cannot know whether another task matched a broadcast row. So the right
 * side for inner and left joins, the left side for inner and right joins, never for full joins.
 */
public final class BroadcastSmallJoinSide extends NodeRule {

  @Override
  protected Optional<PlanNode> rewrite(PlanNode node, RuleContext context) {
    if (!(node instanceof Join j) || j.strategy() != JoinStrategy.PARTITIONED) {
      return Optional.empty();
    }
    boolean rightOk = !j.kind().preservesRight();
    boolean leftOk = !j.kind().preservesLeft();
    if (j.broadcastRightHint() && rightOk) {
      return Optional.of(j.withStrategy(JoinStrategy.BROADCAST_RIGHT));
    }
    if (j.broadcastLeftHint() && leftOk) {
      return Optional.of(j.withStrategy(JoinStrategy.BROADCAST_LEFT));
    }
    long threshold = context.options().broadcastThresholdBytes();
    OptionalLong right = estimate(j.right(), context.options());
    OptionalLong left = estimate(j.left(), context.options());
    boolean rightSmall = rightOk && right.isPresent() && right.getAsLong() <= threshold;
    boolean leftSmall = leftOk && left.isPresent() && left.getAsLong() <= threshold;
    if (rightSmall && (!leftSmall || right.getAsLong() <= left.getAsLong())) {
      return Optional.of(j.withStrategy(JoinStrategy.BROADCAST_RIGHT));
    }
    if (leftSmall) {
      return Optional.of(j.withStrategy(JoinStrategy.BROADCAST_LEFT));
    }
    return Optional.empty();
  }

  /** An upper bound on the bytes a subplan reads, or empty when an input's size is unknown. */
  static OptionalLong estimate(PlanNode n, PlanOptions options) {
    Map<PlanNode, Boolean> seen = new IdentityHashMap<>();
    long[] total = {0};
    boolean known = sum(n, options, seen, total);
    return known ? OptionalLong.of(total[0]) : OptionalLong.empty();
  }

  private static boolean sum(PlanNode n, PlanOptions options, Map<PlanNode, Boolean> seen, long[] total) {
    if (seen.put(n, Boolean.TRUE) != null) {
      return true;
    }
    if (n instanceof Source s) {
      Long size = options.inputSizeEstimates().get(s.path());
      if (size == null) {
        return false;
      }
      total[0] += size;
      return true;
    }
    boolean known = true;
    for (PlanNode in : n.inputs()) {
      known &= sum(in, options, seen, total);
    }
    return known;
  }
}
