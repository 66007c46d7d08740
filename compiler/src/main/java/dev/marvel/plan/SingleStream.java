package dev.marvel.plan;

/**
 * Whether a node's rows are all produced by one task — after a final top-k, a final limit or a
 * global aggregate, through row-wise operators — so a limit over them needs no gathering.
 */
public final class SingleStream {

  private SingleStream() {}

  public static boolean holds(PlanNode n) {
    if (n instanceof TopK t) {
      return t.phase() != Phase.PARTIAL;
    }
    if (n instanceof Limit l) {
      return l.phase() != Phase.PARTIAL;
    }
    if (n instanceof Aggregate a) {
      return a.phase() != Phase.PARTIAL && a.isGlobal();
    }
    if (n instanceof Project || n instanceof Filter || n instanceof FlatMap) {
      return holds(n.inputs().get(0));
    }
    return false;
  }
}
