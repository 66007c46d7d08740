package dev.marvel.plan.build;

import dev.marvel.analysis.AggregateFunction;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.ResolvedFunction;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Operator;
import dev.marvel.plan.AggCall;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.Limit;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.Sort;
import dev.marvel.plan.SortKey;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Plans one operator step of a flow over the node planned so far. */
final class StepTranslator {

  private final AnalyzedProgram analysis;
  private final ExprTranslator exprs;

  StepTranslator(AnalyzedProgram analysis, ExprTranslator exprs) {
    this.analysis = analysis;
    this.exprs = exprs;
  }

  PlanNode translate(Operator op, PlanNode input) {
    Span span = op.span();
    if (op instanceof Operator.Where w) {
      return new Filter(input, exprs.translateAs(w.condition(), Type.BOOL), span);
    }
    if (op instanceof Operator.Select s) {
      Schema out = analysis.schemaAfter(op);
      List<NamedExpr> outs = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        outs.add(named(out.get(i), exprs.translateAs(s.items().get(i).expr(), out.get(i).type())));
      }
      return new Project(input, outs, span);
    }
    if (op instanceof Operator.Extend e) {
      Schema out = analysis.schemaAfter(op);
      List<NamedExpr> outs = passThrough(input, span);
      for (int i = 0; i < e.bindings().size(); i++) {
        Column c = out.get(outs.size());
        outs.add(named(c, exprs.translateAs(e.bindings().get(i).expr(), c.type())));
      }
      return new Project(input, outs, span);
    }
    if (op instanceof Operator.Explode x) {
      return new FlatMap(input, x.binding().name().name(), exprs.translate(x.binding().expr()), span);
    }
    if (op instanceof Operator.Aggregate a) {
      return aggregate(a, input);
    }
    if (op instanceof Operator.Distinct) {
      return new Distinct(input, span);
    }
    if (op instanceof Operator.OrderBy o) {
      return orderBy(o, input);
    }
    Operator.Limit l = (Operator.Limit) op;
    return new Limit(input, ((Number) exprs.constant(l.count(), "limit")).longValue(), span);
  }

  private static NamedExpr named(Column c, RowExpr e) {
    return new NamedExpr(c.qualifier(), c.name(), e);
  }

  private static List<NamedExpr> passThrough(PlanNode input, Span span) {
    List<NamedExpr> outs = new ArrayList<>();
    Schema in = input.schema();
    for (int i = 0; i < in.size(); i++) {
      outs.add(named(in.get(i), new ColumnRef(i, in.get(i).display(), in.get(i).type(), span)));
    }
    return outs;
  }

  /**
   * {@code group by k = e aggregate n = f(x)} becomes a projection computing the keys and the
   * aggregate arguments as columns, then an aggregate over plain column indexes.
   */
  private PlanNode aggregate(Operator.Aggregate a, PlanNode input) {
    Schema out = analysis.schemaAfter(a);
    List<NamedExpr> pre = new ArrayList<>();
    for (int i = 0; i < a.keys().size(); i++) {
      pre.add(named(out.get(i), exprs.translateAs(a.keys().get(i).expr(), out.get(i).type())));
    }
    List<AggCall> calls = new ArrayList<>();
    for (Operator.Binding b : a.aggregates()) {
      if (!(b.expr() instanceof Expr.Call call)
          || !(analysis.functionOf(call) instanceof ResolvedFunction.Aggregate f)) {
        throw new InvalidPlanException("aggregate " + b.name().name() + " at " + b.span() + " is not an aggregate call");
      }
      List<RowExpr> args = new ArrayList<>();
      for (int i = 0; i < call.args().size(); i++) {
        RowExpr arg = exprs.translateAs(call.args().get(i), f.paramTypes().get(i));
        args.add(column(pre, arg, b.name().name() + "$arg", b.span()));
      }
      calls.add(new AggCall(function(f.function()), args, b.name().name(), b.span()));
    }
    PlanNode below = pre.isEmpty() ? input : new Project(input, pre, a.span());
    List<Integer> keys = IntStream.range(0, a.keys().size()).boxed().toList();
    return new Aggregate(below, keys, calls, Phase.SINGLE, a.span());
  }

  /** A reference to {@code e} as a column of the projection {@code pre}, adding it unless already there. */
  private static ColumnRef column(List<NamedExpr> pre, RowExpr e, String fallbackName, Span span) {
    for (int i = 0; i < pre.size(); i++) {
      if (pre.get(i).expr().display().equals(e.display()) && pre.get(i).expr().type().equals(e.type())) {
        return new ColumnRef(i, pre.get(i).column().display(), e.type(), span);
      }
    }
    NamedExpr added = e instanceof ColumnRef c && !c.name().contains("$")
        ? plainName(c)
        : NamedExpr.of(fallbackName, e);
    pre.add(added);
    return new ColumnRef(pre.size() - 1, added.column().display(), e.type(), span);
  }

  private static NamedExpr plainName(ColumnRef c) {
    int dot = c.name().indexOf('.');
    return dot < 0
        ? NamedExpr.of(c.name(), c)
        : new NamedExpr(java.util.Optional.of(c.name().substring(0, dot)), c.name().substring(dot + 1), c);
  }

  private static AggFunction function(AggregateFunction f) {
    return AggFunction.valueOf(f.name());
  }

  /** Sorting by computed expressions adds them as columns, sorts, and drops them again. */
  private PlanNode orderBy(Operator.OrderBy o, PlanNode input) {
    List<SortKey> keys = new ArrayList<>();
    List<NamedExpr> extended = passThrough(input, o.span());
    int width = input.schema().size();
    for (int i = 0; i < o.keys().size(); i++) {
      Operator.SortKey k = o.keys().get(i);
      RowExpr e = exprs.translate(k.expr());
      if (e instanceof ColumnRef c) {
        keys.add(new SortKey(c.index(), k.descending()));
      } else {
        keys.add(new SortKey(extended.size(), k.descending()));
        extended.add(NamedExpr.of("$sort" + i, e));
      }
    }
    if (extended.size() == width) {
      return new Sort(input, keys, o.span());
    }
    Sort sort = new Sort(new Project(input, extended, o.span()), keys, o.span());
    return new Project(sort, passThrough(input, o.span()), o.span());
  }
}
