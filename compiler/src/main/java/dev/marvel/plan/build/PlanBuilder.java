package dev.marvel.plan.build;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.analysis.JoinKeys;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Format;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.plan.FileFormat;
import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.Join;
import dev.marvel.plan.JoinKind;
import dev.marvel.plan.JoinStrategy;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.Sink;
import dev.marvel.plan.Union;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the logical plan of one analysed pipeline for one set of parameter values: every dataset
 * becomes a node (a dataset read twice is one shared node), every {@code write} a sink. The only
 * class of the planner that reads the AST; the plan it returns does not refer to it.
 *
 * <p>Each step's plan schema is checked against the schema analysis computed for it, so a
 * disagreement between the two phases is caught here, naming the step, rather than in
 * generated code.
 */
public final class PlanBuilder {

  private final AnalyzedProgram analysis;
  private final ExprTranslator exprs;
  private final StepTranslator steps;
  private final Map<String, PlanNode> datasets = new HashMap<>();

  private PlanBuilder(AnalyzedProgram analysis, BoundParameters params) {
    this.analysis = analysis;
    this.exprs = new ExprTranslator(analysis, params);
    this.steps = new StepTranslator(analysis, exprs);
  }

  /** The plan of {@code pipeline}, which must come from an analysis without errors. */
  public static LogicalPlan build(AnalyzedProgram analysis, AnalyzedPipeline pipeline, BoundParameters params) {
    return new PlanBuilder(analysis, params).pipeline(pipeline);
  }

  private LogicalPlan pipeline(AnalyzedPipeline p) {
    for (Statement.Assign a : p.datasets()) {
      datasets.put(a.name().name(), flow(a.value()));
    }
    List<Sink> sinks = new ArrayList<>();
    for (Statement.Write w : p.sinks()) {
      Format f = w.format();
      sinks.add(new Sink(dataset(w.dataset().name(), w.span()), w.dataset().name(), format(f),
          String.valueOf(exprs.constant(f.path(), "output path")), options(f), w.span()));
    }
    return new LogicalPlan(p.name(), sinks);
  }

  private PlanNode flow(Flow f) {
    PlanNode node = source(f.source());
    for (Operator op : f.ops()) {
      node = steps.translate(op, node);
      expectSchema(node, analysis.schemaAfter(op), op.span());
    }
    return node;
  }

  private PlanNode source(Source s) {
    PlanNode node;
    if (s instanceof Source.Read r) {
      node = dev.marvel.plan.Source.readingAll(format(r.format()),
          String.valueOf(exprs.constant(r.format().path(), "input path")), options(r.format()),
          analysis.schemaOf(s), r.span());
    } else if (s instanceof Source.DatasetRef d) {
      return dataset(d.name().name(), d.span());
    } else if (s instanceof Source.Join j) {
      node = join(j);
    } else {
      Source.Union u = (Source.Union) s;
      node = new Union(u.inputs().stream().map(i -> unqualified(dataset(i.name(), i.span()))).toList(), u.span());
    }
    expectSchema(node, analysis.schemaOf(s), s.span());
    return node;
  }

  private PlanNode dataset(String name, Span at) {
    PlanNode n = datasets.get(name);
    if (n == null) {
      throw new InvalidPlanException("dataset " + name + " at " + at + " was not planned before its use");
    }
    return n;
  }

  private PlanNode join(Source.Join j) {
    PlanNode left = dataset(j.left().dataset().name(), j.left().span());
    PlanNode right = dataset(j.right().dataset().name(), j.right().span());
    int leftSize = left.schema().size();
    JoinKeys keys = analysis.joinKeysOf(j);
    List<RowExpr> lk = new ArrayList<>();
    List<RowExpr> rk = new ArrayList<>();
    for (int i = 0; i < keys.types().size(); i++) {
      lk.add(exprs.translateAs(keys.left().get(i), keys.types().get(i)).renameColumns(left.schema()));
      rk.add(exprs.translateAs(keys.right().get(i), keys.types().get(i)).remapColumns(c -> c - leftSize)
          .renameColumns(right.schema()));
    }
    KeyedSide l = KeyedSide.of(left, lk, j.span());
    KeyedSide r = KeyedSide.of(right, rk, j.span());
    List<Join.KeyPair> pairs = new ArrayList<>();
    for (int i = 0; i < lk.size(); i++) {
      pairs.add(new Join.KeyPair(l.keys().get(i), r.keys().get(i)));
    }
    Join join = new Join(l.node(), j.left().qualifier().name(), r.node(), j.right().qualifier().name(), kind(j.kind()),
        pairs, JoinStrategy.PARTITIONED, j.left().broadcast(), j.right().broadcast(), j.span());
    if (l.node() == left && r.node() == right) {
      return join;
    }
    // Computed keys widened the sides; keep only the columns the flow sees.
    Schema js = join.schema();
    int leftWidth = l.node().schema().size();
    List<NamedExpr> outs = new ArrayList<>();
    for (int i = 0; i < leftSize + right.schema().size(); i++) {
      int at = i < leftSize ? i : leftWidth + i - leftSize;
      Column c = js.get(at);
      outs.add(new NamedExpr(c.qualifier(), c.name(), new ColumnRef(at, c.display(), c.type(), j.span())));
    }
    return new Project(join, outs, j.span());
  }

  private static JoinKind kind(Source.JoinKind k) {
    return switch (k) {
      case INNER -> JoinKind.INNER;
      case LEFT -> JoinKind.LEFT;
      case RIGHT -> JoinKind.RIGHT;
      case FULL -> JoinKind.FULL;
    };
  }

  /** A union input with qualified columns (a join's output) renamed to plain names, as unions see them. */
  private static PlanNode unqualified(PlanNode n) {
    Schema s = n.schema();
    if (s.columns().stream().allMatch(c -> c.qualifier().isEmpty())) {
      return n;
    }
    List<NamedExpr> outs = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Column c = s.get(i);
      outs.add(NamedExpr.of(c.name(), new ColumnRef(i, c.display(), c.type(), n.span())));
    }
    return new Project(n, outs, n.span());
  }

  private static FileFormat format(Format f) {
    return FileFormat.named(f.name().name());
  }

  private SortedMap<String, String> options(Format f) {
    SortedMap<String, String> out = new TreeMap<>();
    for (Format.NamedArg a : f.options()) {
      out.put(a.name().name(), String.valueOf(exprs.constant(a.value(), "option " + a.name().name())));
    }
    return out;
  }

  private static void expectSchema(PlanNode node, Schema expected, Span at) {
    if (!node.schema().equals(expected)) {
      throw new InvalidPlanException("the plan of the step at " + at + " produces " + node.schema().display()
          + " but analysis computed " + expected.display());
    }
  }

  /** A join side, widened by computed key columns when a key is not a plain column. */
  private record KeyedSide(PlanNode node, List<Integer> keys) {
    static KeyedSide of(PlanNode side, List<RowExpr> keys, Span span) {
      List<Integer> idx = new ArrayList<>();
      List<NamedExpr> extra = new ArrayList<>();
      int width = side.schema().size();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i) instanceof ColumnRef c) {
          idx.add(c.index());
        } else {
          idx.add(width + extra.size());
          extra.add(NamedExpr.of("$key" + i, keys.get(i)));
        }
      }
      if (extra.isEmpty()) {
        return new KeyedSide(side, idx);
      }
      List<NamedExpr> outs = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        Column c = side.schema().get(i);
        outs.add(new NamedExpr(Optional.empty(), c.name(), new ColumnRef(i, c.display(), c.type(), span)));
      }
      outs.addAll(extra);
      return new KeyedSide(new Project(side, outs, span), idx);
    }
  }
}
