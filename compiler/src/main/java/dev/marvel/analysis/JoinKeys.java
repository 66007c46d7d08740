package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.types.Type;
import java.util.List;

/**
 * The equi-join keys of a join condition {@code a.x == b.y and a.z == b.w}, already oriented:
 * {@code left.get(i)} reads only the left side's columns, {@code right.get(i)} only the right's,
 * and both are widened to {@code types.get(i)} before comparing.
 */
public record JoinKeys(List<Expr> left, List<Expr> right, List<Type> types) {
  public JoinKeys {
    left = List.copyOf(left);
    right = List.copyOf(right);
    types = List.copyOf(types);
  }
}
