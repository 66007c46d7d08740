package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.List;

/** A call of a builtin or UDF; arguments already have the parameter types (casts made explicit). */
public record Call(FunctionRef function, List<RowExpr> args, Span span) implements RowExpr {

  public Call {
    args = List.copyOf(args);
  }

  @Override
  public Type type() {
    return function.result();
  }

  @Override
  public List<RowExpr> children() {
    return args;
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return new Call(function, children, span);
  }
}
