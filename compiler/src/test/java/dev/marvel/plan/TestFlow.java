package dev.marvel.plan;

import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.FunctionRef;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A small readable builder for plans in tests, shaped like the language:
 * {@code TestFlow.csv("uv", "ip: string, rev: double").where(f -> gt(f.col("rev"), dbl(1))).write("out")}.
 */
public final class TestFlow {

  private final PlanNode node;

  private TestFlow(PlanNode node) {
    this.node = node;
  }

  public static TestFlow of(PlanNode node) {
    return new TestFlow(node);
  }

  public PlanNode node() {
    return node;
  }

  /** {@code "pageURL: string, pageRank: int"} */
  public static Schema schema(String spec) {
    List<Column> cols = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] nt = part.trim().split(":");
      cols.add(Column.of(nt[0].trim(), Type.scalarNamed(nt[1].trim()).orElseThrow()));
    }
    return new Schema(cols);
  }

  public static TestFlow csv(String path, String schemaSpec) {
    return new TestFlow(Source.readingAll(FileFormat.CSV, path, new TreeMap<>(), schema(schemaSpec), Span.NONE));
  }

  public static TestFlow text(String path) {
    return new TestFlow(Source.readingAll(FileFormat.TEXT, path, new TreeMap<>(), schema("line: string"), Span.NONE));
  }

  /** Column {@code name} ({@code r.x} or an unambiguous {@code x}) of this flow's rows. */
  public ColumnRef col(String name) {
    Schema s = node.schema();
    int found = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).display().equals(name) || (!name.contains(".") && s.get(i).name().equals(name))) {
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + s.display());
    }
    return new ColumnRef(found, s.get(found).display(), s.get(found).type(), Span.NONE);
  }

  public TestFlow where(Function<TestFlow, RowExpr> condition) {
    return new TestFlow(new Filter(node, condition.apply(this), Span.NONE));
  }

  /** {@code select} with {@code "name"} for a column or {@code name = expr} pairs from {@code items}. */
  public TestFlow select(String... columns) {
    List<NamedExpr> outs = new ArrayList<>();
    for (String c : columns) {
      ColumnRef ref = col(c);
      Column col = node.schema().get(ref.index());
      outs.add(new NamedExpr(col.qualifier(), col.name(), ref));
    }
    return new TestFlow(new Project(node, outs, Span.NONE));
  }

  public TestFlow project(Function<TestFlow, List<NamedExpr>> outputs) {
    return new TestFlow(new Project(node, outputs.apply(this), Span.NONE));
  }

  public TestFlow explode(String name, Function<TestFlow, RowExpr> list) {
    return new TestFlow(new FlatMap(node, name, list.apply(this), Span.NONE));
  }

  public TestFlow groupBy(List<String> keys, Function<TestFlow, List<AggCall>> calls) {
    List<Integer> k = keys.stream().map(c -> col(c).index()).toList();
    return new TestFlow(new Aggregate(node, k, calls.apply(this), Phase.SINGLE, Span.NONE));
  }

  public TestFlow distinct() {
    return new TestFlow(new Distinct(node, Span.NONE));
  }

  public TestFlow orderBy(String... keys) {
    return new TestFlow(new Sort(node, sortKeys(keys), Span.NONE));
  }

  public TestFlow limit(long n) {
    return new TestFlow(new Limit(node, n, Span.NONE));
  }

  /** {@code "total desc"} or {@code "name"}. */
  private List<SortKey> sortKeys(String... keys) {
    return Arrays.stream(keys).map(k -> {
      String[] parts = k.split(" ");
      return new SortKey(col(parts[0]).index(), parts.length > 1 && parts[1].equals("desc"));
    }).toList();
  }

  /** {@code join kind this as leftAlias, right as rightAlias on leftKey == rightKey}. */
  public TestFlow join(JoinKind kind, String leftAlias, TestFlow right, String rightAlias,
      String leftKey, String rightKey) {
    return joinWithHints(kind, leftAlias, right, rightAlias, leftKey, rightKey, false, false);
  }

  public TestFlow joinWithHints(JoinKind kind, String leftAlias, TestFlow right, String rightAlias,
      String leftKey, String rightKey, boolean broadcastLeft, boolean broadcastRight) {
    Join.KeyPair key = new Join.KeyPair(col(leftKey).index(), right.col(rightKey).index());
    return new TestFlow(new Join(node, leftAlias, right.node, rightAlias, kind, List.of(key),
        JoinStrategy.PARTITIONED, broadcastLeft, broadcastRight, Span.NONE));
  }

  public static TestFlow union(TestFlow... flows) {
    return new TestFlow(new Union(Arrays.stream(flows).map(TestFlow::node).toList(), Span.NONE));
  }

  public Sink write(String path) {
    return new Sink(node, path, FileFormat.TSV, path, new TreeMap<>(), Span.NONE);
  }

  public static LogicalPlan plan(Sink... sinks) {
    return new LogicalPlan("test", List.of(sinks));
  }

  // Expressions.

  public static Literal lit(int v) {
    return Literal.ofInt(v, Span.NONE);
  }

  public static Literal lit(long v) {
    return Literal.ofLong(v, Span.NONE);
  }

  public static Literal lit(String v) {
    return Literal.ofString(v, Span.NONE);
  }

  public static Literal lit(boolean v) {
    return Literal.ofBool(v, Span.NONE);
  }

  public static Literal dbl(double v) {
    return Literal.ofDouble(v, Span.NONE);
  }

  public static RowExpr bin(BinaryOp op, RowExpr l, RowExpr r) {
    return Binary.of(op, l, r, Span.NONE);
  }

  public static RowExpr gt(RowExpr l, RowExpr r) {
    return bin(BinaryOp.GT, l, r);
  }

  public static RowExpr eq(RowExpr l, RowExpr r) {
    return bin(BinaryOp.EQ, l, r);
  }

  public static RowExpr and(RowExpr l, RowExpr r) {
    return bin(BinaryOp.AND, l, r);
  }

  public static NamedExpr named(String name, RowExpr e) {
    return NamedExpr.of(name, e);
  }

  public static AggCall agg(AggFunction f, String name, RowExpr... args) {
    return new AggCall(f, List.of(args), name, Span.NONE);
  }

  /** A stdlib-like function for tests: {@code name(params): result} on class {@code dev.marvel.stdlib.Strings}. */
  public static RowExpr call(String name, Type result, RowExpr... args) {
    List<Type> params = Arrays.stream(args).map(RowExpr::type).toList();
    return new Call(new FunctionRef(name, "dev.marvel.stdlib.Strings", name, params, result, false),
        List.of(args), Span.NONE);
  }

  public static Type.ListOf listOf(Type t) {
    return new Type.ListOf(t);
  }
}
