package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates the parts of an expression whose inputs are all literals (stdlib calls included, see
 * {@link BuiltinEvaluator}), and simplifies boolean logic
 * around literal operands ({@code true and x} → {@code x}). Anything whose value could differ at
 * run time, or would fail there (integer division by zero, a malformed date), is left alone so
 * the run-time error still points at the source. Null follows SQL: it propagates through
 * operators, and {@code and}/{@code or} use three-valued logic.
 */
public final class ConstantFolder {

  private ConstantFolder() {}

  public static RowExpr fold(RowExpr expr) {
    return expr.transform(ConstantFolder::foldNode);
  }

  private static RowExpr foldNode(RowExpr e) {
    if (e instanceof Binary b) {
      return b.op().isLogical() ? foldLogic(b) : foldBinary(b);
    }
    if (e instanceof Unary u && u.operand() instanceof Literal l) {
      if (l.isNull()) {
        return Literal.nullOf(u.type(), u.span());
      }
      return u.op() == Unary.Op.NOT ? Literal.ofBool(!(Boolean) l.value(), u.span()) : negate(l, u.span());
    }
    if (e instanceof Between b && allLiteral(b.children())) {
      Literal v = (Literal) b.value();
      Literal lo = (Literal) b.low();
      Literal hi = (Literal) b.high();
      if (v.isNull() || lo.isNull() || hi.isNull()) {
        return Literal.nullOf(Type.BOOL, b.span());
      }
      boolean inside = compare(v, lo) >= 0 && compare(v, hi) <= 0;
      return Literal.ofBool(inside != b.negated(), b.span());
    }
    if (e instanceof In in && allLiteral(in.children())) {
      Literal v = (Literal) in.value();
      if (v.isNull()) {
        return Literal.nullOf(Type.BOOL, in.span());
      }
      boolean found = in.options().stream().anyMatch(o -> Objects.equals(((Literal) o).value(), v.value()));
      return Literal.ofBool(found != in.negated(), in.span());
    }
    if (e instanceof IsNull n && n.value() instanceof Literal l) {
      return Literal.ofBool(l.isNull() != n.negated(), n.span());
    }
    if (e instanceof If i && i.condition() instanceof Literal c) {
      return c.isTrue() ? i.then() : i.otherwise();
    }
    if (e instanceof Case c) {
      return foldCase(c);
    }
    if (e instanceof Cast c && c.value() instanceof Literal l) {
      return foldCast(c, l);
    }
    if (e instanceof Call c) {
      return BuiltinEvaluator.evaluate(c).map(RowExpr.class::cast).orElse(c);
    }
    return e;
  }

  private static boolean allLiteral(List<RowExpr> es) {
    return es.stream().allMatch(Literal.class::isInstance);
  }

  private static RowExpr foldLogic(Binary b) {
    boolean and = b.op() == BinaryOp.AND;
    for (RowExpr side : List.of(b.left(), b.right())) {
      RowExpr other = side == b.left() ? b.right() : b.left();
      if (side instanceof Literal l && !l.isNull()) {
        boolean absorbing = and ? l.isFalse() : l.isTrue();
        // `false and x` is false whatever x is (even null); `true and x` is x.
        return absorbing ? Literal.ofBool(!and, b.span()) : other;
      }
    }
    if (b.left() instanceof Literal && b.right() instanceof Literal) {
      return Literal.nullOf(Type.BOOL, b.span());
    }
    return b;
  }

  private static RowExpr foldBinary(Binary b) {
    if (!(b.left() instanceof Literal l) || !(b.right() instanceof Literal r)) {
      return b;
    }
    if (l.isNull() || r.isNull()) {
      return Literal.nullOf(b.type(), b.span());
    }
    if (b.op().isComparison()) {
      int c = compare(l, r);
      boolean v = switch (b.op()) {
        case EQ -> c == 0;
        case NE -> c != 0;
        case LT -> c < 0;
        case LE -> c <= 0;
        case GT -> c > 0;
        default -> c >= 0;
      };
      return Literal.ofBool(v, b.span());
    }
    if (b.op() == BinaryOp.CONCAT) {
      return Literal.ofString((String) l.value() + r.value(), b.span());
    }
    return arithmetic(b, l, r);
  }

  private static RowExpr arithmetic(Binary b, Literal l, Literal r) {
    Type t = b.type();
    if (t == Type.DOUBLE) {
      double x = (Double) l.value();
      double y = (Double) r.value();
      double v = switch (b.op()) {
        case ADD -> x + y;
        case SUB -> x - y;
        case MUL -> x * y;
        case DIV -> x / y;
        default -> x % y;
      };
      return Literal.ofDouble(v, b.span());
    }
    long x = ((Number) l.value()).longValue();
    long y = ((Number) r.value()).longValue();
    if ((b.op() == BinaryOp.DIV || b.op() == BinaryOp.MOD) && y == 0) {
      return b; // fails at run time, with the row that caused it
    }
    long v = switch (b.op()) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> x / y;
      default -> x % y;
    };
    // Java's wrap-around on overflow, exactly as generated code computes it.
    return t == Type.INT ? Literal.ofInt((int) v, b.span()) : Literal.ofLong(v, b.span());
  }

  private static Literal negate(Literal l, Span span) {
    Object v = l.value();
    if (v instanceof Integer i) {
      return Literal.ofInt(-i, span);
    }
    if (v instanceof Long x) {
      return Literal.ofLong(-x, span);
    }
    return Literal.ofDouble(-(Double) v, span);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Literal a, Literal b) {
    Object x = a.value();
    Object y = b.value();
    if (x instanceof Number n && y instanceof Number m && x.getClass() != y.getClass()) {
      return Double.compare(n.doubleValue(), m.doubleValue());
    }
    return ((Comparable) x).compareTo(y);
  }

  private static RowExpr foldCase(Case c) {
    for (int i = 0; i < c.conditions().size(); i++) {
      if (!(c.conditions().get(i) instanceof Literal l)) {
        return c; // an earlier branch depends on the row, so later literal branches stay too
      }
      if (l.isTrue()) {
        return c.results().get(i);
      }
    }
    return c.otherwise();
  }

  private static RowExpr foldCast(Cast c, Literal l) {
    Type to = c.type();
    if (l.isNull()) {
      return Literal.nullOf(to, c.span());
    }
    Object v = l.value();
    if (l.type() == to) {
      return new Literal(v, to, c.span());
    }
    if (to == Type.LONG && v instanceof Integer i) {
      return Literal.ofLong(i, c.span());
    }
    if (to == Type.DOUBLE && (l.type() == Type.INT || l.type() == Type.LONG)) {
      return Literal.ofDouble(((Number) v).doubleValue(), c.span());
    }
    if (to == Type.DATE && v instanceof String s) {
      try {
        return Literal.ofDate(LocalDate.parse(s), c.span());
      } catch (DateTimeParseException e) {
        return c; // reported at run time with its span
      }
    }
    if (to == Type.STRING) {
      String text = l.type() == Type.DATE ? LocalDate.ofEpochDay((Integer) v).toString() : String.valueOf(v);
      return Literal.ofString(text, c.span());
    }
    return c;
  }
}
