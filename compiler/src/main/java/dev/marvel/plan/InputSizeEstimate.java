package dev.marvel.plan;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An upper bound on the bytes a subplan reads: the sum of the known sizes of the sources below
 * it, each counted once. Filters and projections only shrink data, so this never underestimates;
 * empty when any source's size is unknown.
 */
public final class InputSizeEstimate {

  private InputSizeEstimate() {}

  public static OptionalLong of(PlanNode node, PlanOptions options) {
    Map<PlanNode, Boolean> seen = new IdentityHashMap<>();
    long[] total = {0};
    return sum(node, options, seen, total) ? OptionalLong.of(total[0]) : OptionalLong.empty();
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
