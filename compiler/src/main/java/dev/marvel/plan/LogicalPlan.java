package dev.marvel.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A bound pipeline as a DAG: its sinks, in source order, over nodes that may be shared. Parameter
 * values are already substituted, so paths and literals are known.
 */
public record LogicalPlan(String pipeline, List<Sink> sinks) {

  public LogicalPlan {
    sinks = List.copyOf(sinks);
  }

  /**
   * Every node once, producers before consumers, in a deterministic order (depth-first from the
   * sinks in order, inputs in order).
   */
  public List<PlanNode> nodesBottomUp() {
    List<PlanNode> out = new ArrayList<>();
    Map<PlanNode, Boolean> seen = new IdentityHashMap<>();
    for (Sink s : sinks) {
      visit(s, seen, out);
    }
    return out;
  }

  private static void visit(PlanNode n, Map<PlanNode, Boolean> seen, List<PlanNode> out) {
    if (seen.put(n, Boolean.TRUE) != null) {
      return;
    }
    for (PlanNode in : n.inputs()) {
      visit(in, seen, out);
    }
    out.add(n);
  }

  /** How many consumers each node has (identity-keyed); sinks have zero. */
  public Map<PlanNode, Integer> consumerCounts() {
    Map<PlanNode, Integer> counts = new IdentityHashMap<>();
    for (PlanNode n : nodesBottomUp()) {
      counts.putIfAbsent(n, 0);
      for (PlanNode in : n.inputs()) {
        counts.merge(in, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Rebuilds the DAG bottom-up, applying {@code f} to each node after its inputs were rebuilt. A
   * shared node is rewritten once, so sharing survives the rewrite.
   */
  public LogicalPlan rewrite(UnaryOperator<PlanNode> f) {
    Map<PlanNode, PlanNode> done = new IdentityHashMap<>();
    List<Sink> newSinks = new ArrayList<>();
    for (Sink s : sinks) {
      PlanNode r = rewrite(s, f, done);
      if (!(r instanceof Sink sink)) {
        throw new IllegalStateException("a rewrite turned sink " + s.dataset() + " into " + r.nodeName());
      }
      newSinks.add(sink);
    }
    return new LogicalPlan(pipeline, newSinks);
  }

  private static PlanNode rewrite(PlanNode n, UnaryOperator<PlanNode> f, Map<PlanNode, PlanNode> done) {
    PlanNode cached = done.get(n);
    if (cached != null) {
      return cached;
    }
    List<PlanNode> ins = n.inputs();
    List<PlanNode> newIns = new ArrayList<>(ins.size());
    boolean changed = false;
    for (PlanNode in : ins) {
      PlanNode r = rewrite(in, f, done);
      changed |= r != in;
      newIns.add(r);
    }
    PlanNode rebuilt = changed ? n.withInputs(newIns) : n;
    PlanNode result = f.apply(rebuilt);
    done.put(n, result);
    return result;
  }
}
