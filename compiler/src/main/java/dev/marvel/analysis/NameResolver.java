package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.types.Column;
import dev.marvel.types.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name in an expression: {@code r.col} to a column of join side {@code r}; a bare
 * {@code col} to the one column of that name, else to a pipeline parameter. A bare name on both
 * join sides, or both a column and a parameter, is ambiguous.
 */
final class NameResolver {
  private final AnalysisMessages messages;
  private final SideTables tables;
  private final Set<PipelineParameter> usedParams;

  NameResolver(AnalysisMessages messages, SideTables tables, Set<PipelineParameter> usedParams) {
    this.messages = messages;
    this.tables = tables;
    this.usedParams = usedParams;
  }

  /** The type of what {@code n} names, recording the binding; {@link Type#NULL} after reporting an error. */
  Type resolve(Expr.Name n, Scope scope) {
    String name = n.name().name();
    if (n.name().isMissing()) {
      return Type.NULL;
    }
    List<Column> cols = scope.schema().columns();
    if (n.qualifier().isPresent()) {
      String q = n.qualifier().get().name();
      if (scope.opaque()) {
        return Type.NULL;
      }
      List<String> qualifiers = scope.qualifiers();
      if (!qualifiers.contains(q)) {
        messages.unknownQualifier(n.qualifier().get().span(), q, qualifiers);
        return Type.NULL;
      }
      int index = scope.schema().indexOf(Optional.of(q), name);
      if (index < 0) {
        messages.unknownQualifiedColumn(n.name().span(), q, name, cols.stream()
            .filter(c -> c.qualifier().equals(Optional.of(q))).map(Column::name).toList());
        return Type.NULL;
      }
      return bind(n, new NameBinding.ColumnRef(index, cols.get(index)));
    }
    List<Integer> matches = scope.columnsNamed(name);
    PipelineParameter param = scope.params().get(name);
    if (matches.size() > 1) {
      messages.ambiguousColumn(n.span(), name, matches.stream().map(i -> cols.get(i).display()).toList());
      return Type.NULL;
    }
    if (matches.size() == 1) {
      if (param != null) {
        messages.columnShadowsParameter(n.span(), name);
        usedParams.add(param);
      }
      return bind(n, new NameBinding.ColumnRef(matches.get(0), cols.get(matches.get(0))));
    }
    if (param != null) {
      usedParams.add(param);
      return bind(n, new NameBinding.ParamRef(param));
    }
    if (!scope.opaque()) {
      messages.unknownColumn(n.span(), name, cols.stream().map(Column::name).distinct().toList(),
          scope.params().keySet());
    }
    return Type.NULL;
  }

  private Type bind(Expr.Name n, NameBinding b) {
    tables.bindings.put(n, b);
    return b.type();
  }
}
