package dev.marvel.stages;

import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Join;
import dev.marvel.plan.JoinStrategy;
import dev.marvel.plan.Limit;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.SingleStream;
import dev.marvel.plan.Sort;
import dev.marvel.plan.TopK;

/** How rows travel from an input to its consumer: fused in one loop, across a shuffle, or broadcast. */
enum Edge {
  NARROW, SHUFFLE, BROADCAST;

  /** The edge into input {@code input} of {@code consumer}. */
  static Edge of(PlanNode consumer, int input) {
    if (consumer instanceof Aggregate a) {
      return a.phase() == Phase.PARTIAL ? NARROW : SHUFFLE;
    }
    if (consumer instanceof TopK t) {
      return t.phase() == Phase.PARTIAL ? NARROW : SHUFFLE;
    }
    if (consumer instanceof Sort s) {
      return SingleStream.holds(s.input()) ? NARROW : SHUFFLE; // one task sorts it all, no sampling
    }
    if (consumer instanceof Distinct) {
      return SHUFFLE;
    }
    if (consumer instanceof Limit l) {
      return l.phase() == Phase.PARTIAL || SingleStream.holds(l.input()) ? NARROW : SHUFFLE;
    }
    if (consumer instanceof Join j) {
      if (j.strategy() == JoinStrategy.PARTITIONED) {
        return SHUFFLE;
      }
      int broadcastSide = j.strategy() == JoinStrategy.BROADCAST_LEFT ? 0 : 1;
      return input == broadcastSide ? BROADCAST : NARROW;
    }
    return NARROW;
  }

  /** A map-side partial node, which becomes the combiner of the shuffle into its final node. */
  static boolean isCombiner(PlanNode n) {
    return (n instanceof Aggregate a && a.phase() == Phase.PARTIAL) || (n instanceof TopK t && t.phase() == Phase.PARTIAL)
        || (n instanceof Limit l && l.phase() == Phase.PARTIAL);
  }
}
