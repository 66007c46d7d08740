package dev.marvel.optimizer;

import dev.marvel.plan.InputSizeEstimate;
import dev.marvel.plan.Join;
import dev.marvel.plan.JoinStrategy;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.PlanOptions;
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
 * ({@link InputSizeEstimate}, from {@link PlanOptions#inputSizeEstimates()}) is
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
    OptionalLong right = InputSizeEstimate.of(j.right(), context.options());
    OptionalLong left = InputSizeEstimate.of(j.left(), context.options());
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
}
