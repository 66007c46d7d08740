package dev.marvel.optimizer;

import dev.marvel.plan.AggCall;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.Join;
import dev.marvel.plan.Limit;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.Sink;
import dev.marvel.plan.Sort;
import dev.marvel.plan.SortKey;
import dev.marvel.plan.Source;
import dev.marvel.plan.TopK;
import dev.marvel.plan.Union;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drops every column no consumer needs, all the way down to the readers: a CSV source then parses
 * only the fields the pipeline uses, and unused computed columns are never computed.
 *
 * <pre>
 *   Sink ← Aggregate by sourceIP compute sum(adRevenue)      (same)
 *     ← Source csv "uv" (9 columns)                     ⇒     ← Source csv "uv" reads 2 of 9 columns
 * </pre>
 *
 * Two passes over the DAG: top-down, the columns each node must produce (the union over its
 * consumers); bottom-up, each node rebuilt to produce at least those, with its expressions
 * re-indexed. A node may keep more than asked (a shared node keeps what any consumer needs); a
 * filter is followed by a projection dropping the columns only its condition reads; a union's
 * inputs are narrowed to exactly the same columns.
 */
public final class PruneColumns implements Rule {

  /** A rebuilt node and where each of the old node's columns went (-1: dropped). */
  private record Pruned(PlanNode node, int[] mapping) {
    int map(int oldIndex) {
      int i = mapping[oldIndex];
      if (i < 0) {
        throw new IllegalStateException("column " + oldIndex + " was pruned but is still used");
      }
      return i;
    }
  }

  @Override
  public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
    List<PlanNode> order = plan.nodesBottomUp();
    Map<PlanNode, BitSet> required = new IdentityHashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      PlanNode n = order.get(i);
      BitSet req = n instanceof Sink ? all(n) : required.getOrDefault(n, new BitSet());
      required.put(n, req);
      for (int k = 0; k < n.inputs().size(); k++) {
        required.computeIfAbsent(n.inputs().get(k), x -> new BitSet()).or(neededFromInput(n, k, req));
      }
    }
    Set<PlanNode> projected = Collections.newSetFromMap(new IdentityHashMap<>());
    order.forEach(projected::add);
    for (PlanNode n : order) {
      if (!(n instanceof Project)) {
        n.inputs().forEach(projected::remove);
      }
    }
    Map<PlanNode, Pruned> done = new IdentityHashMap<>();
    Rebuild rebuild = new Rebuild();
    for (PlanNode n : order) {
      done.put(n, rebuild.rebuild(n, required.get(n), done, projected.contains(n)));
    }
    LogicalPlan out = new LogicalPlan(plan.pipeline(),
        plan.sinks().stream().map(s -> (Sink) done.get(s).node()).toList());
    return rebuild.changed ? Optional.of(out) : Optional.empty();
  }

  private static BitSet all(PlanNode n) {
    BitSet b = new BitSet();
    b.set(0, n.schema().size());
    return b;
  }

  private static BitSet cols(RowExpr e) {
    BitSet b = new BitSet();
    e.inputColumns().forEach(b::set);
    return b;
  }

  /** The columns of input {@code k} that node {@code n} needs to produce its columns {@code req}. */
  private static BitSet neededFromInput(PlanNode n, int k, BitSet req) {
    BitSet need = new BitSet();
    if (n instanceof Project p) {
      req.stream().forEach(j -> need.or(cols(p.outputs().get(j).expr())));
    } else if (n instanceof Filter f) {
      need.or(req);
      need.or(cols(f.condition()));
    } else if (n instanceof FlatMap f) {
      need.or(req);
      need.clear(f.input().schema().size());
      need.or(cols(f.list()));
    } else if (n instanceof Aggregate a) {
      if (a.phase() != Phase.SINGLE) {
        return all(a.input());
      }
      a.keys().forEach(need::set);
      for (int c = 0; c < a.calls().size(); c++) {
        if (req.get(a.keys().size() + c)) {
          a.calls().get(c).args().forEach(e -> need.or(cols(e)));
        }
      }
    } else if (n instanceof Join j) {
      int leftSize = j.left().schema().size();
      req.stream().forEach(c -> {
        if (k == 0 && c < leftSize) {
          need.set(c);
        } else if (k == 1 && c >= leftSize) {
          need.set(c - leftSize);
        }
      });
      j.keys().forEach(p -> need.set(k == 0 ? p.left() : p.right()));
    } else if (n instanceof Sort s) {
      need.or(req);
      s.keys().forEach(key -> need.set(key.column()));
    } else if (n instanceof TopK t) {
      need.or(req);
      t.keys().forEach(key -> need.set(key.column()));
    } else if (n instanceof Limit || n instanceof Union) {
      need.or(req);
    } else {
      return all(n.inputs().get(k)); // Distinct compares whole rows; a Sink writes them
    }
    return need;
  }

  /**
   * One bottom-up rebuild; {@code changed} records whether anything was dropped or narrowed (when
   * nothing was, the rebuilt plan equals the old one, which is cheaper to know than to compare).
   */
  private static final class Rebuild {
    boolean changed;

    /** @param onlyProjected whether every consumer of {@code n} is a Project (which already narrows) */
    Pruned rebuild(PlanNode n, BitSet req, Map<PlanNode, Pruned> done, boolean onlyProjected) {
      if (n instanceof Source s) {
        List<Integer> read = new ArrayList<>();
        int[] map = new int[s.readColumns().size()];
        for (int j = 0; j < map.length; j++) {
          map[j] = req.get(j) ? read.size() : -1;
          if (req.get(j)) {
            read.add(s.readColumns().get(j));
          }
        }
        changed |= read.size() < s.readColumns().size();
        return new Pruned(s.withReadColumns(read), map);
      }
      if (n instanceof Union u) {
        List<PlanNode> ins = u.inputs().stream().map(in -> narrow(done.get(in), req)).toList();
        return new Pruned(new Union(ins, u.span()), ranks(req, u.schema().size()));
      }
      Pruned in = done.get(n.inputs().get(0));
      if (n instanceof Project p) {
        List<NamedExpr> outs = new ArrayList<>();
        int[] map = new int[p.outputs().size()];
        for (int j = 0; j < map.length; j++) {
          map[j] = req.get(j) ? outs.size() : -1;
          if (req.get(j)) {
            outs.add(p.outputs().get(j).withExpr(p.outputs().get(j).expr().remapColumns(in::map)));
          }
        }
        changed |= outs.size() < p.outputs().size();
        return new Pruned(new Project(in.node(), outs, p.span()), map);
      }
      if (n instanceof Filter f) {
        Pruned filtered = new Pruned(new Filter(in.node(), f.condition().remapColumns(in::map), f.span()), in.mapping());
        if (onlyProjected || filtered.node().schema().size() == req.cardinality()) {
          return filtered;
        }
        // Columns only the condition reads end here, so they never reach a shuffle.
        return new Pruned(narrow(filtered, req), ranks(req, in.mapping().length));
      }
      if (n instanceof FlatMap f) {
        int[] map = Arrays.copyOf(in.mapping(), in.mapping().length + 1);
        map[map.length - 1] = in.node().schema().size();
        return new Pruned(new FlatMap(in.node(), f.name(), f.list().remapColumns(in::map), f.span()), map);
      }
      if (n instanceof Aggregate a) {
        return aggregate(a, req, in);
      }
      if (n instanceof Join j) {
        Pruned right = done.get(j.right());
        List<Join.KeyPair> keys = j.keys().stream()
            .map(k -> new Join.KeyPair(in.map(k.left()), right.map(k.right()))).toList();
        int leftNew = in.node().schema().size();
        int[] map = new int[in.mapping().length + right.mapping().length];
        for (int i = 0; i < map.length; i++) {
          int r = i < in.mapping().length ? in.mapping()[i] : right.mapping()[i - in.mapping().length];
          map[i] = r < 0 ? -1 : i < in.mapping().length ? r : leftNew + r;
        }
        return new Pruned(new Join(in.node(), j.leftAlias(), right.node(), j.rightAlias(), j.kind(), keys, j.strategy(),
            j.broadcastLeftHint(), j.broadcastRightHint(), j.span()), map);
      }
      if (n instanceof Sort s) {
        return new Pruned(new Sort(in.node(), remapKeys(s.keys(), in), s.span()), in.mapping());
      }
      if (n instanceof TopK t) {
        return new Pruned(new TopK(in.node(), remapKeys(t.keys(), in), t.limit(), t.phase(), t.span()), in.mapping());
      }
      if (n instanceof Distinct || n instanceof Sink || n instanceof Limit) {
        PlanNode input = n instanceof Limit ? in.node() : narrow(in, all(n.inputs().get(0)));
        return new Pruned(n.withInputs(List.of(input)), n instanceof Limit ? in.mapping() : identity(n.schema().size()));
      }
      throw new IllegalStateException("PruneColumns does not know " + n.nodeName());
    }

    Pruned aggregate(Aggregate a, BitSet req, Pruned in) {
      int k = a.keys().size();
      List<AggCall> calls = new ArrayList<>();
      int[] map = new int[a.schema().size()];
      for (int j = 0; j < k; j++) {
        map[j] = j;
      }
      boolean single = a.phase() == Phase.SINGLE;
      int outCol = k;
      int oldCol = k;
      for (int c = 0; c < a.calls().size(); c++) {
        AggCall call = a.calls().get(c);
        int width = call.outputColumns(a.phase()).size();
        boolean keep = !single || req.get(oldCol);
        for (int w = 0; w < width; w++) {
          map[oldCol + w] = keep ? outCol + w : -1;
        }
        if (keep) {
          calls.add(new AggCall(call.function(), call.args().stream().map(e -> e.remapColumns(in::map)).toList(),
              call.name(), call.span()));
          outCol += width;
        }
        oldCol += width;
      }
      List<Integer> keys = a.keys().stream().map(in::map).toList();
      changed |= calls.size() < a.calls().size();
      return new Pruned(new Aggregate(in.node(), keys, calls, a.phase(), a.span()), map);
    }

    List<SortKey> remapKeys(List<SortKey> keys, Pruned in) {
      return keys.stream().map(key -> new SortKey(in.map(key.column()), key.descending())).toList();
    }

    /** {@code p}'s node producing exactly the old columns {@code want}, in order, adding a Project if needed. */
    PlanNode narrow(Pruned p, BitSet want) {
      int[] wanted = want.stream().map(p::map).toArray();
      int size = p.node().schema().size();
      boolean exact = wanted.length == size;
      for (int i = 0; exact && i < wanted.length; i++) {
        exact = wanted[i] == i;
      }
      if (exact) {
        return p.node();
      }
      Schema schema = p.node().schema();
      List<NamedExpr> outs = new ArrayList<>();
      for (int i : wanted) {
        Column c = schema.get(i);
        outs.add(new NamedExpr(c.qualifier(), c.name(), new ColumnRef(i, c.display(), c.type(), p.node().span())));
      }
      changed = true;
      return new Project(p.node(), outs, p.node().span());
    }
  }

  private static int[] ranks(BitSet req, int size) {
    int[] map = new int[size];
    int r = 0;
    for (int i = 0; i < size; i++) {
      map[i] = req.get(i) ? r++ : -1;
    }
    return map;
  }

  private static int[] identity(int size) {
    int[] map = new int[size];
    for (int i = 0; i < size; i++) {
      map[i] = i;
    }
    return map;
  }
}
