package dev.marvel.plan;

import dev.marvel.plan.expr.Between;
import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.Case;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.If;
import dev.marvel.plan.expr.In;
import dev.marvel.plan.expr.Matches;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.plan.expr.Unary;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Checks the invariants every later phase relies on, after each phase that produces a plan (as
 * Trino's PlanSanityChecker does): sinks exist; inputs are present; column indexes are in range;
 * expression types agree with the schemas they read and with their operators; join keys, sort
 * keys, aggregate arguments and union inputs line up; a partial step (aggregate, top-k, limit)
 * feeds exactly its final step, which the stage planner turns into a shuffle with a combiner. Throws {@link InvalidPlanException} naming
 * the phase and the node.
 */
public final class PlanValidator {

  private final String phase;
  private PlanNode current;

  private PlanValidator(String phase) {
    this.phase = phase;
  }

  public static void validate(LogicalPlan plan, String phase) {
    new PlanValidator(phase).check(plan);
  }

  private void check(LogicalPlan plan) {
    if (plan.sinks().isEmpty()) {
      throw new InvalidPlanException("invalid plan after " + phase + ": pipeline " + plan.pipeline() + " has no sink");
    }
    Set<PlanNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Sink s : plan.sinks()) {
      checkInputsPresent(s, seen);
    }
    for (PlanNode n : plan.nodesBottomUp()) {
      current = n;
      node(n);
      phases(n);
    }
    plan.consumerCounts().forEach((n, count) -> {
      current = n;
      if (isPartial(n) && count != 1) {
        fail("is a partial step with " + count + " consumers; only its final step may read it");
      }
    });
  }

  /** A FINAL step reads exactly its PARTIAL step; a PARTIAL step feeds only its FINAL one. */
  private void phases(PlanNode n) {
    boolean finalStep = (n instanceof Aggregate a && a.phase() == Phase.FINAL)
        || (n instanceof TopK t && t.phase() == Phase.FINAL) || (n instanceof Limit l && l.phase() == Phase.FINAL);
    PlanNode in = n.inputs().isEmpty() ? null : n.inputs().get(0);
    if (finalStep && (in == null || !isPartial(in) || in.getClass() != n.getClass())) {
      fail("is a final step over " + (in == null ? "nothing" : PlanPrinter.line(in)) + ", not over its partial step");
    }
    if (!isPartial(n) && in != null && isPartial(in) && !finalStep) {
      fail("reads the partial step " + PlanPrinter.line(in) + " but is not its final step");
    }
    if (n instanceof TopK t && t.phase() == Phase.FINAL && in instanceof TopK p
        && (!p.keys().equals(t.keys()) || p.limit() != t.limit())) {
      fail("finishes a partial top-k with other keys or limit");
    }
    if (n instanceof Limit l && l.phase() == Phase.FINAL && in instanceof Limit p && p.count() != l.count()) {
      fail("finishes a partial limit of " + p.count() + " rows");
    }
  }

  private static boolean isPartial(PlanNode n) {
    return (n instanceof Aggregate a && a.phase() == Phase.PARTIAL) || (n instanceof TopK t && t.phase() == Phase.PARTIAL)
        || (n instanceof Limit l && l.phase() == Phase.PARTIAL);
  }

  private void checkInputsPresent(PlanNode n, Set<PlanNode> seen) {
    if (!seen.add(n)) {
      return;
    }
    current = n;
    for (PlanNode in : n.inputs()) {
      if (in == null) {
        fail("has a missing input");
      }
      checkInputsPresent(in, seen);
    }
  }

  private void node(PlanNode n) {
    if (n instanceof Project p) {
      p.outputs().forEach(o -> expr(o.expr(), p.input().schema()));
    } else if (n instanceof Filter f) {
      expectType(expr(f.condition(), f.input().schema()), Type.BOOL, "filter condition");
    } else if (n instanceof FlatMap f) {
      if (!(expr(f.list(), f.input().schema()) instanceof Type.ListOf)) {
        fail("explodes " + f.list().display() + " of type " + f.list().type().display() + ", not a list");
      }
    } else if (n instanceof Aggregate a) {
      aggregate(a);
    } else if (n instanceof Join j) {
      for (Join.KeyPair k : j.keys()) {
        Type l = column(j.left().schema(), k.left()).type();
        Type r = column(j.right().schema(), k.right()).type();
        if (!l.equals(r)) {
          // Both sides hash their keys to pick a partition: the values must have one type.
          fail("joins " + l.display() + " with " + r.display() + "; widen one key in a projection below");
        }
      }
      if (j.keys().isEmpty()) {
        fail("has no join keys");
      }
    } else if (n instanceof Sort s) {
      s.keys().forEach(k -> column(s.input().schema(), k.column()));
    } else if (n instanceof TopK t) {
      t.keys().forEach(k -> column(t.input().schema(), k.column()));
      nonNegative(t.limit());
    } else if (n instanceof Limit l) {
      nonNegative(l.count());
    } else if (n instanceof Union u) {
      union(u);
    }
  }

  private void aggregate(Aggregate a) {
    Schema in = a.input().schema();
    a.keys().forEach(k -> column(in, k));
    for (AggCall c : a.calls()) {
      c.args().forEach(e -> expr(e, in));
      int expected = c.function() == AggFunction.COUNT && a.phase() != Phase.FINAL
          ? (c.args().size() <= 1 ? c.args().size() : 1)
          : c.function() == AggFunction.AVG && a.phase() == Phase.FINAL ? 2 : 1;
      if (c.args().size() != expected) {
        fail(c.display() + " takes " + expected + " argument(s) in phase " + a.phase().display());
      }
      if ((c.function() == AggFunction.SUM || c.function() == AggFunction.AVG) && !c.args().get(0).type().isNumeric()) {
        fail(c.display() + " over " + c.args().get(0).type().display());
      }
      if (a.phase() == Phase.PARTIAL && c.function() == AggFunction.COUNT_DISTINCT) {
        fail(c.display() + " cannot be partial; lift it as a de-duplication");
      }
    }
  }

  private void union(Union u) {
    if (u.inputs().isEmpty()) {
      fail("has no inputs");
    }
    List<Column> first = u.inputs().get(0).schema().columns().stream().map(Column::unqualified).toList();
    for (PlanNode in : u.inputs()) {
      List<Column> cols = in.schema().columns().stream().map(Column::unqualified).toList();
      if (!cols.equals(first)) {
        fail("unites " + new Schema(first).display() + " with " + new Schema(cols).display());
      }
    }
  }

  private Type expr(RowExpr e, Schema in) {
    e.children().forEach(c -> expr(c, in));
    if (e instanceof ColumnRef c) {
      Column col = column(in, c.index());
      if (!col.type().equals(c.type())) {
        fail("reads " + c.name() + " (column " + c.index() + ") as " + c.type().display()
            + " but the input has " + col.display() + ": " + col.type().display());
      }
    } else if (e instanceof Binary b) {
      binary(b);
    } else if (e instanceof Unary u) {
      if (u.op() == Unary.Op.NOT) {
        expectType(u.operand().type(), Type.BOOL, "operand of not");
      } else if (!u.operand().type().isNumeric()) {
        fail("negates " + u.operand().display() + " of type " + u.operand().type().display());
      }
    } else if (e instanceof Call c) {
      List<Type> params = c.function().params();
      if (params.size() != c.args().size()) {
        fail("calls " + c.function().name() + c.function().signature() + " with " + c.args().size() + " arguments");
      }
      for (int i = 0; i < params.size(); i++) {
        sameType(c.args().get(i).type(), params.get(i), "argument " + (i + 1) + " of " + c.function().name());
      }
    } else if (e instanceof Between b) {
      sameType(b.low().type(), b.value().type(), "lower bound of between");
      sameType(b.high().type(), b.value().type(), "upper bound of between");
    } else if (e instanceof In i) {
      i.options().forEach(o -> sameType(o.type(), i.value().type(), "option of in"));
    } else if (e instanceof Matches m) {
      sameType(m.value().type(), Type.STRING, "value of matches");
      sameType(m.pattern().type(), Type.STRING, "pattern of matches");
    } else if (e instanceof If i) {
      expectType(i.condition().type(), Type.BOOL, "if condition");
      sameType(i.then().type(), i.type(), "then branch");
      sameType(i.otherwise().type(), i.type(), "else branch");
    } else if (e instanceof Case c) {
      c.conditions().forEach(x -> expectType(x.type(), Type.BOOL, "when condition"));
      c.results().forEach(x -> sameType(x.type(), c.type(), "case result"));
      sameType(c.otherwise().type(), c.type(), "case else");
    }
    return e.type();
  }

  private void binary(Binary b) {
    Type l = b.left().type();
    Type r = b.right().type();
    if (b.op().isLogical()) {
      expectType(l, Type.BOOL, "operand of " + b.op().symbol());
      expectType(r, Type.BOOL, "operand of " + b.op().symbol());
    } else if (b.op() == BinaryOp.CONCAT) {
      sameType(l, Type.STRING, "left of string +");
      sameType(r, Type.STRING, "right of string +");
    } else {
      sameType(r, l, "operands of " + b.op().symbol() + " in " + b.display());
      if (b.op().isArithmetic() && !(l.isNumeric() || l == Type.NULL)) {
        fail("computes " + b.display() + " on " + l.display());
      }
    }
    Type expected = b.op().isComparison() || b.op().isLogical() ? Type.BOOL
        : b.op() == BinaryOp.CONCAT ? Type.STRING : l;
    sameType(b.type(), expected, "result of " + b.op().symbol());
  }

  private Column column(Schema s, int index) {
    if (index < 0 || index >= s.size()) {
      fail("reads column " + index + " of an input with " + s.size() + " columns " + s.display());
    }
    return s.get(index);
  }

  /** Types must be equal — implicit widening is an explicit cast in the IR — or the null type. */
  private void sameType(Type actual, Type expected, String what) {
    if (!actual.equals(expected) && actual != Type.NULL && expected != Type.NULL) {
      fail(what + " is " + actual.display() + ", expected " + expected.display());
    }
  }

  private void expectType(Type actual, Type expected, String what) {
    sameType(actual, expected, what);
  }

  private void nonNegative(long n) {
    if (n < 0) {
      fail("has a negative row count " + n);
    }
  }

  private void fail(String problem) {
    throw new InvalidPlanException("invalid plan after " + phase + ": " + PlanPrinter.line(current) + ": " + problem);
  }
}
