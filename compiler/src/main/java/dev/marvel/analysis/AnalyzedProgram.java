package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Node;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Program;
import dev.marvel.ast.Source;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What analysis learned about a {@link Program}, in side tables keyed by node identity (the AST
 * is immutable and records compare by value, so two equal-looking {@code x} names are different
 * keys). Built once by {@link Analyzer}; immutable.
 *
 * <p>When analysis reported errors the tables are partial: the planner must only run on a program
 * without errors (then every expression, name, call and step has an entry). Editors may query a
 * partial result; the {@code find*} methods return empty where the {@code *Of} methods throw.
 *
 * <p>Implicit conversions are not rewritten into the tree: compare {@link #typeOf(Expr)} of an
 * argument or operand with the type expected there ({@link ResolvedFunction#paramTypes()}, the
 * other operand's type, {@link JoinKeys#types()}) and widen int→long→double where they differ.
 * A string literal used as a date has type {@code date} and its value in {@link #dateValue(Expr)}.
 */
public final class AnalyzedProgram {
  private final Program program;
  private final List<AnalyzedPipeline> pipelines;
  private final Map<String, Schema> schemas;
  private final Map<Expr, Type> types;
  private final Map<Expr.Name, NameBinding> bindings;
  private final Map<Expr.Call, ResolvedFunction> functions;
  private final Map<Expr, LocalDate> dates;
  private final Map<Node, Schema> stepSchemas;
  private final Map<Source.Join, JoinKeys> joinKeys;

  AnalyzedProgram(Program program, List<AnalyzedPipeline> pipelines, Map<String, Schema> schemas, SideTables t) {
    this.program = program;
    this.pipelines = List.copyOf(pipelines);
    this.schemas = Collections.unmodifiableMap(new java.util.TreeMap<>(schemas));
    this.types = frozen(t.types);
    this.bindings = frozen(t.bindings);
    this.functions = frozen(t.functions);
    this.dates = frozen(t.dates);
    this.stepSchemas = frozen(t.schemas);
    this.joinKeys = frozen(t.joinKeys);
  }

  public Program program() {
    return program;
  }

  /** The pipelines in source order. */
  public List<AnalyzedPipeline> pipelines() {
    return pipelines;
  }

  public Optional<AnalyzedPipeline> pipeline(String name) {
    return pipelines.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The {@code schema} declarations by name (sorted). */
  public Map<String, Schema> declaredSchemas() {
    return schemas;
  }

  /** The type of an expression (after implicit string→date coercion of literals). */
  public Type typeOf(Expr e) {
    return require(types.get(e), e, "type");
  }

  public Optional<Type> findType(Expr e) {
    return Optional.ofNullable(types.get(e));
  }

  /** The column or parameter a name refers to. */
  public NameBinding bindingOf(Expr.Name name) {
    return require(bindings.get(name), name, "binding");
  }

  public Optional<NameBinding> findBinding(Expr.Name name) {
    return Optional.ofNullable(bindings.get(name));
  }

  /** The builtin, UDF or aggregate a call resolved to. */
  public ResolvedFunction functionOf(Expr.Call call) {
    return require(functions.get(call), call, "function");
  }

  public Optional<ResolvedFunction> findFunction(Expr.Call call) {
    return Optional.ofNullable(functions.get(call));
  }

  /** The value of a {@code date "…"} literal, or of a string literal used where a date is expected. */
  public Optional<LocalDate> dateValue(Expr e) {
    return Optional.ofNullable(dates.get(e));
  }

  /** The schema of the rows a flow produces (after its last operator). */
  public Schema schemaOf(Flow flow) {
    return require(stepSchemas.get(flow), flow, "schema");
  }

  /** The schema a source produces (for a join: left columns then right columns, qualified). */
  public Schema schemaOf(Source source) {
    return require(stepSchemas.get(source), source, "schema");
  }

  /**
   * The schema after an operator step; its input is the previous step's (or the source's) schema.
   * After {@code select} column i is item i; after {@code group by … aggregate} the keys come
   * first, then the aggregates; {@code extend} and {@code explode} append their columns.
   */
  public Schema schemaAfter(Operator op) {
    return require(stepSchemas.get(op), op, "schema");
  }

  /** The schema of any flow, source or operator, if it could be computed. */
  public Optional<Schema> findSchema(Node node) {
    return Optional.ofNullable(stepSchemas.get(node));
  }

  /** The equi-join keys of a join. */
  public JoinKeys joinKeysOf(Source.Join join) {
    return require(joinKeys.get(join), join, "join keys");
  }

  private static <T> T require(T value, Node node, String what) {
    if (value == null) {
      throw new IllegalStateException("no " + what + " recorded for " + node.getClass().getSimpleName()
          + " at " + node.span() + " (was the program analysed without errors?)");
    }
    return value;
  }

  private static <K, V> Map<K, V> frozen(Map<K, V> m) {
    return Collections.unmodifiableMap(new IdentityHashMap<>(m));
  }
}
