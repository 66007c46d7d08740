package dev.marvel.plan;

import dev.marvel.plan.expr.RowExpr;
import dev.marvel.types.Column;
import java.util.Optional;

/** An output column of a {@link Project}: its (optionally qualified) name and how it is computed. */
public record NamedExpr(Optional<String> qualifier, String name, RowExpr expr) {

  public static NamedExpr of(String name, RowExpr expr) {
    return new NamedExpr(Optional.empty(), name, expr);
  }

  public Column column() {
    return new Column(qualifier, name, expr.type());
  }

  public NamedExpr withExpr(RowExpr e) {
    return new NamedExpr(qualifier, name, e);
  }
}
