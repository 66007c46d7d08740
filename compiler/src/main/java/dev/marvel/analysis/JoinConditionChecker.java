package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Source;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a join condition is {@code l1 == r1 and l2 == r2 …} where each {@code l} reads only
 * the left side and each {@code r} only the right (either order), with compatible types, and
 * records the oriented keys as {@link JoinKeys}.
 */
final class JoinConditionChecker {
  private enum Side { NONE, LEFT, RIGHT, BOTH }

  private final AnalysisMessages messages;
  private final SideTables tables;
  private final ExprChecker exprs;
  private final String leftName;
  private final String rightName;
  private final int leftWidth;

  JoinConditionChecker(AnalysisMessages messages, SideTables tables, ExprChecker exprs, String leftName,
      String rightName, int leftWidth) {
    this.messages = messages;
    this.tables = tables;
    this.exprs = exprs;
    this.leftName = leftName;
    this.rightName = rightName;
    this.leftWidth = leftWidth;
  }

  void check(Source.Join join, Scope scope) {
    List<Expr> conjuncts = new ArrayList<>();
    flatten(join.condition(), conjuncts);
    List<Expr> lefts = new ArrayList<>();
    List<Expr> rights = new ArrayList<>();
    List<Type> keyTypes = new ArrayList<>();
    boolean ok = true;
    for (Expr c : conjuncts) {
      if (!(c instanceof Expr.Binary eq && eq.op() == Expr.BinaryOp.EQ)) {
        exprs.check(c, scope);
        if (!(c instanceof Expr.Missing)) {
          messages.joinNotEquality(c.span());
        }
        ok = false;
        continue;
      }
      Type a = exprs.check(eq.left(), scope);
      Type b = exprs.check(eq.right(), scope);
      tables.types.put(eq, Type.BOOL);
      Side sa = side(eq.left());
      Side sb = side(eq.right());
      boolean straight = sa == Side.LEFT && sb == Side.RIGHT;
      boolean swapped = sa == Side.RIGHT && sb == Side.LEFT;
      if (!straight && !swapped) {
        if (a != Type.NULL && b != Type.NULL) {
          messages.joinNotAcross(eq.span(), leftName, rightName);
        }
        ok = false;
        continue;
      }
      Optional<Type> common = Type.common(a, b);
      if (common.isEmpty() || common.get() instanceof Type.ListOf) {
        messages.joinKeyTypes(eq.span(), a, b);
        ok = false;
        continue;
      }
      lefts.add(straight ? eq.left() : eq.right());
      rights.add(straight ? eq.right() : eq.left());
      keyTypes.add(common.get());
    }
    markAnds(join.condition());
    if (ok) {
      tables.joinKeys.put(join, new JoinKeys(lefts, rights, keyTypes));
    }
  }

  private static void flatten(Expr e, List<Expr> out) {
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      flatten(b.left(), out);
      flatten(b.right(), out);
    } else {
      out.add(e);
    }
  }

  private void markAnds(Expr e) {
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      tables.types.put(b, Type.BOOL);
      markAnds(b.left());
      markAnds(b.right());
    }
  }

  /** Which join sides the columns of {@code e} come from. */
  private Side side(Expr e) {
    Side[] side = {Side.NONE};
    visitNames(e, n -> {
      if (tables.bindings.get(n) instanceof NameBinding.ColumnRef c) {
        Side s = c.index() < leftWidth ? Side.LEFT : Side.RIGHT;
        side[0] = side[0] == Side.NONE || side[0] == s ? s : Side.BOTH;
      }
    });
    return side[0];
  }

  private static void visitNames(Expr e, java.util.function.Consumer<Expr.Name> visitor) {
    if (e instanceof Expr.Name n) {
      visitor.accept(n);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> visitNames(a, visitor));
    } else if (e instanceof Expr.Binary b) {
      visitNames(b.left(), visitor);
      visitNames(b.right(), visitor);
    } else if (e instanceof Expr.Unary u) {
      visitNames(u.operand(), visitor);
    } else if (e instanceof Expr.Cast c) {
      visitNames(c.value(), visitor);
    } else if (e instanceof Expr.If i) {
      visitNames(i.condition(), visitor);
      visitNames(i.then(), visitor);
      visitNames(i.otherwise(), visitor);
    }
  }
}
