package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Node;
import dev.marvel.ast.Source;
import dev.marvel.types.Type;
import dev.marvel.types.Schema;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

/** The facts analysis learns about nodes while it walks them, keyed by node identity. */
final class SideTables {
  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr.Name, NameBinding> bindings = new IdentityHashMap<>();
  final Map<Expr.Call, ResolvedFunction> functions = new IdentityHashMap<>();
  final Map<Expr, LocalDate> dates = new IdentityHashMap<>();
  /** Output schemas of flows, sources and operator steps, and schemas of schema declarations. */
  final Map<Node, Schema> schemas = new IdentityHashMap<>();
  final Map<Source.Join, JoinKeys> joinKeys = new IdentityHashMap<>();
}
