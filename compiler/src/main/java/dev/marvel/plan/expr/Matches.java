package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/**
 * {@code value matches pattern}: true when the regex finds a match in the string. A literal
 * pattern (the usual case once parameters are bound) lets generated code compile it once.
 */
public record Matches(RowExpr value, RowExpr pattern, Span span) implements RowExpr {

  @Override
  public Type type() {
    return Type.BOOL;
  }

  @Override
  public List<RowExpr> children() {
    return List.of(value, pattern);
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Matches(children.get(0), children.get(1), span);
  }
}
