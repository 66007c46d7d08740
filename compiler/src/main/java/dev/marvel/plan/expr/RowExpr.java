package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A typed expression over one row of a plan node's input: the planner's own IR, independent of the
 * AST. Columns are referenced by index into the input schema, parameters are already bound to
 * literals, implicit widenings are explicit {@link Cast}s (so the operands of an arithmetic or
 * comparison always have the same type), and every node keeps the {@link Span} it came from so a
 * run-time error can point at the DSL source.
 */
public sealed interface RowExpr
    permits ColumnRef, Literal, Call, Binary, Unary, Between, In, IsNull, Matches, If, Case, Cast {

  Type type();

  Span span();

  List<RowExpr> children();

  /** This node with its children replaced (same count, same order as {@link #children()}). */
  RowExpr withChildren(List<RowExpr> children);

  /** Rewrites bottom-up: children first, then {@code f} on the rebuilt node. */
  default RowExpr transform(UnaryOperator<RowExpr> f) {
    List<RowExpr> kids = children();
    if (kids.isEmpty()) {
      return f.apply(this);
    }
    List<RowExpr> rewritten = new ArrayList<>(kids.size());
    boolean changed = false;
    for (RowExpr kid : kids) {
      RowExpr r = kid.transform(f);
      changed |= r != kid;
      rewritten.add(r);
    }
    return f.apply(changed ? withChildren(rewritten) : this);
  }

  /** The input column indexes this expression reads, ascending. */
  default SortedSet<Integer> inputColumns() {
    SortedSet<Integer> out = new TreeSet<>();
    transform(e -> {
      if (e instanceof ColumnRef c) {
        out.add(c.index());
      }
      return e;
    });
    return out;
  }

  /** This expression with every column index {@code i} replaced by {@code mapping(i)}. */
  default RowExpr remapColumns(IntUnaryOperator mapping) {
    return transform(e -> e instanceof ColumnRef c ? c.withIndex(mapping.applyAsInt(c.index())) : e);
  }

  /** This expression with column display names taken from {@code input}, after it moved to a new input. */
  default RowExpr renameColumns(Schema input) {
    return transform(e -> e instanceof ColumnRef c && c.index() < input.size()
        ? new ColumnRef(c.index(), input.get(c.index()).display(), c.type(), c.span())
        : e);
  }

  /** Readable infix text, as plans print it: {@code pageRank > 1000}. */
  default String display() {
    return ExprPrinter.print(this);
  }
}
