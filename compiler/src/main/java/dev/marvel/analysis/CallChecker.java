package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves calls: aggregates (only directly in {@code aggregate name = …}), stdlib builtins and
 * UDFs, choosing among overloads the one needing the fewest widenings.
 */
final class CallChecker {
  private final AnalysisMessages messages;
  private final SideTables tables;
  private final FunctionCatalog functions;
  private final ExprChecker exprs;

  CallChecker(AnalysisMessages messages, SideTables tables, FunctionCatalog functions, ExprChecker exprs) {
    this.messages = messages;
    this.tables = tables;
    this.functions = functions;
    this.exprs = exprs;
  }

  Type aggregate(Expr.Call call, AggregateFunction f, Scope scope) {
    List<Type> args = new ArrayList<>();
    for (Expr a : call.args()) {
      args.add(exprs.check(a, scope, true));
    }
    if (!f.acceptsArity(args.size())) {
      messages.arity(call.span(), f.sourceName(), args.size(), f == AggregateFunction.COUNT ? "0 or 1 arguments" : "1 argument",
          f == AggregateFunction.COUNT ? "`count()` counts rows, `count(x)` counts rows where x is not null" : "write `" + f.sourceName() + "(x)`");
      return Type.NULL;
    }
    Type arg = args.isEmpty() ? Type.NULL : args.get(0);
    Optional<Type> result = f.resultType(arg);
    if (result.isEmpty()) {
      messages.aggregateArgument(call.args().get(0).span(), f, arg);
      return Type.NULL;
    }
    tables.functions.put(call, new ResolvedFunction.Aggregate(f, args, result.get()));
    return result.get();
  }

  Type call(Expr.Call call, Scope scope, boolean insideAggregate) {
    String name = call.function().name();
    Optional<AggregateFunction> aggregate = AggregateFunction.named(name);
    List<Type> args = new ArrayList<>();
    for (Expr a : call.args()) {
      args.add(exprs.check(a, scope, insideAggregate));
    }
    if (call.function().isMissing()) {
      return Type.NULL;
    }
    if (aggregate.isPresent()) {
      if (insideAggregate) {
        messages.nestedAggregate(call.span(), name);
      } else {
        messages.aggregateOutsideAggregate(call.span(), name);
      }
      return Type.NULL;
    }
    List<CatalogFunction> overloads = functions.overloads(name);
    if (functions.isUnlinked(name)) {
      return Type.NULL;
    }
    if (overloads.isEmpty()) {
      TreeSet<String> known = new TreeSet<>(functions.names());
      for (AggregateFunction f : AggregateFunction.values()) {
        known.add(f.sourceName());
      }
      messages.unknownFunction(call.function().span(), name, known);
      return Type.NULL;
    }
    List<CatalogFunction> sameArity = overloads.stream().filter(f -> f.signature().arity() == args.size()).toList();
    if (sameArity.isEmpty()) {
      String arities = overloads.stream().map(f -> f.signature().arity()).distinct().sorted()
          .map(String::valueOf).collect(Collectors.joining(" or "));
      boolean one = arities.equals("1");
      messages.arity(call.span(), name, args.size(), arities + (one ? " argument" : " arguments"), signatures(overloads));
      return Type.NULL;
    }
    Match best = null;
    for (CatalogFunction f : sameArity) {
      Match m = match(f, call.args(), args);
      if (m != null && (best == null || m.widenings < best.widenings)) {
        best = m;
      }
    }
    if (best == null) {
      reportMismatch(call, sameArity, args, overloads);
      return Type.NULL;
    }
    for (int i = 0; i < args.size(); i++) {
      if (best.params.get(i) == Type.DATE && call.args().get(i) instanceof Expr.StringLit s) {
        exprs.coerceToDate(s);
      }
    }
    CatalogFunction f = best.function;
    ResolvedFunction resolved = f.udf().isPresent()
        ? new ResolvedFunction.Udf(f.udf().get(), f.method(), best.params, best.result)
        : new ResolvedFunction.Builtin(f.signature(), f.method(), f.nullSafe(), best.params, best.result);
    tables.functions.put(call, resolved);
    return best.result;
  }

  private record Match(CatalogFunction function, List<Type> params, Type result, int widenings) {}

  /** The overload applied to these arguments, or null when an argument does not fit. */
  private static Match match(CatalogFunction f, List<Expr> argExprs, List<Type> args) {
    int widenings = 0;
    List<Type> params = f.signature().params();
    for (int i = 0; i < args.size(); i++) {
      Type expected = params.get(i);
      Type arg = args.get(i);
      boolean dateLiteral = expected == Type.DATE && arg == Type.STRING && argExprs.get(i) instanceof Expr.StringLit;
      if (!Type.assignable(arg, expected) && !dateLiteral) {
        return null;
      }
      widenings += arg.equals(expected) ? 0 : 1;
    }
    return new Match(f, params, f.signature().result(), widenings);
  }

  private void reportMismatch(Expr.Call call, List<CatalogFunction> sameArity, List<Type> args, List<CatalogFunction> all) {
    String name = call.function().name();
    if (sameArity.size() == 1) {
      FunctionSignature sig = sameArity.get(0).signature();
      for (int i = 0; i < args.size(); i++) {
        Type expected = sig.params().get(i);
        if (!Type.assignable(args.get(i), expected)) {
          messages.argumentType(call.args().get(i).span(), name, i + 1, expected, args.get(i), signatures(all));
          return;
        }
      }
    }
    String found = args.stream().map(Type::display).collect(Collectors.joining(", ", "(", ")"));
    messages.noMatchingOverload(call.span(), name, found,
        all.stream().map(f -> "`" + f.signature().display() + "`").toList());
  }

  private static String signatures(List<CatalogFunction> overloads) {
    return "expected " + overloads.stream().map(f -> "`" + f.signature().display() + "`").collect(Collectors.joining(" or "));
  }
}
