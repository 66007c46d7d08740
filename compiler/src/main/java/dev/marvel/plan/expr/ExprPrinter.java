package dev.marvel.plan.expr;

import dev.marvel.types.Type;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Prints a {@link RowExpr} as Marvel source text with the fewest parentheses that keep its meaning:
 * {@code pageRank > 1000}, {@code substr(sourceIP, 1, 8)}. Columns print by display name.
 */
final class ExprPrinter {

  private static final int LOGICAL_NOT = 3;
  private static final int COMPARISON = 4;
  private static final int UNARY_MINUS = 7;
  private static final int PRIMARY = 8;

  private ExprPrinter() {}

  static String print(RowExpr e) {
    return print(e, 0);
  }

  /** Prints {@code e}, in parentheses when it binds looser than {@code context} requires. */
  private static String print(RowExpr e, int context) {
    int own = precedence(e);
    String text = bare(e);
    return own < context ? "(" + text + ")" : text;
  }

  private static int precedence(RowExpr e) {
    if (e instanceof Binary b) {
      return b.op().precedence();
    }
    if (e instanceof Unary u) {
      return u.op() == Unary.Op.NOT ? LOGICAL_NOT : UNARY_MINUS;
    }
    if (e instanceof Between || e instanceof In || e instanceof IsNull || e instanceof Matches) {
      return COMPARISON;
    }
    if (e instanceof If) {
      return 0; // `if` extends as far right as it can, so it needs parentheses inside operators
    }
    return PRIMARY;
  }

  private static String bare(RowExpr e) {
    if (e instanceof ColumnRef c) {
      return c.name();
    }
    if (e instanceof Literal l) {
      return literal(l);
    }
    if (e instanceof Call c) {
      return c.function().name() + c.args().stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "(", ")"));
    }
    if (e instanceof Binary b) {
      int p = b.op().precedence();
      // Operators are left-associative and comparisons do not chain: the right side needs one more.
      int leftContext = b.op().isComparison() ? p + 1 : p;
      return print(b.left(), leftContext) + " " + b.op().symbol() + " " + print(b.right(), p + 1);
    }
    if (e instanceof Unary u) {
      if (u.op() == Unary.Op.NOT) {
        return "not " + print(u.operand(), LOGICAL_NOT);
      }
      String operand = print(u.operand(), UNARY_MINUS);
      return operand.startsWith("-") ? "-(" + operand + ")" : "-" + operand;
    }
    if (e instanceof Between b) {
      return print(b.value(), COMPARISON + 1) + (b.negated() ? " not between " : " between ")
          + print(b.low(), COMPARISON + 1) + " and " + print(b.high(), COMPARISON + 1);
    }
    if (e instanceof In in) {
      return print(in.value(), COMPARISON + 1) + (in.negated() ? " not in " : " in ")
          + in.options().stream().map(ExprPrinter::print).collect(Collectors.joining(", ", "(", ")"));
    }
    if (e instanceof IsNull n) {
      return print(n.value(), COMPARISON + 1) + (n.negated() ? " is not null" : " is null");
    }
    if (e instanceof Matches m) {
      return print(m.value(), COMPARISON + 1) + " matches " + print(m.pattern(), COMPARISON + 1);
    }
    if (e instanceof If i) {
      return "if " + print(i.condition()) + " then " + print(i.then()) + " else " + print(i.otherwise());
    }
    if (e instanceof Case c) {
      StringBuilder sb = new StringBuilder("case");
      for (int i = 0; i < c.conditions().size(); i++) {
        sb.append(" when ").append(print(c.conditions().get(i))).append(" then ").append(print(c.results().get(i)));
      }
      if (!(c.otherwise() instanceof Literal l && l.isNull())) {
        sb.append(" else ").append(print(c.otherwise()));
      }
      return sb.append(" end").toString();
    }
    Cast c = (Cast) e;
    return "cast(" + print(c.value()) + " as " + c.type().display() + ")";
  }

  static String literal(Literal l) {
    Object v = l.value();
    if (v == null) {
      return "null";
    }
    Type t = l.type();
    if (t == Type.DATE) {
      return "date \"" + LocalDate.ofEpochDay((Integer) v) + "\"";
    }
    if (t == Type.LONG) {
      return v + "L";
    }
    if (t == Type.STRING || t == Type.PATH) {
      return quote((String) v);
    }
    return String.valueOf(v);
  }

  /** A string literal as the language writes it, escapes included. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            sb.append("\\u{").append(Integer.toHexString(cp).toUpperCase()).append('}');
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.append('"').toString();
  }
}
