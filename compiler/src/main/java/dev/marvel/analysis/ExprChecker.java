package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Types expressions, resolves their names and calls, and records both in the side tables. An
 * expression that is wrong gets type {@link Type#NULL}, which every check accepts, so one mistake
 * gives one error instead of a cascade.
 */
final class ExprChecker {
  private final AnalysisMessages messages;
  private final SideTables tables;
  private final TypeResolver types;
  private final CallChecker calls;
  private final NameResolver names;

  ExprChecker(AnalysisMessages messages, SideTables tables, FunctionCatalog functions, TypeResolver types,
      Set<PipelineParameter> usedParams) {
    this.messages = messages;
    this.tables = tables;
    this.types = types;
    this.calls = new CallChecker(messages, tables, functions, this);
    this.names = new NameResolver(messages, tables, usedParams);
  }

  /** Types {@code e}; aggregates are not allowed in it. */
  Type check(Expr e, Scope scope) {
    return check(e, scope, false);
  }

  /** Types the expression of {@code aggregate name = …}, which must be one aggregate call. */
  Type checkAggregate(Expr e, Scope scope, String bindingName) {
    if (e instanceof Expr.Call call && AggregateFunction.named(call.function().name()).isPresent()) {
      return record(e, calls.aggregate(call, AggregateFunction.named(call.function().name()).get(), scope));
    }
    if (e instanceof Expr.Missing) {
      return record(e, Type.NULL);
    }
    if (containsAggregate(e)) {
      messages.notAnAggregate(e.span(), bindingName);
      return record(e, Type.NULL);
    }
    Type t = check(e, scope);
    reportNotAggregated(e, bindingName);
    return t;
  }

  /** Types {@code e} where {@code expected} is needed; a string literal becomes a date when a date is expected. */
  Type checkAs(Expr e, Scope scope, Type expected) {
    if (expected == Type.DATE && e instanceof Expr.StringLit s) {
      return coerceToDate(s);
    }
    return check(e, scope);
  }

  Type check(Expr e, Scope scope, boolean insideAggregate) {
    return record(e, typeOf(e, scope, insideAggregate));
  }

  /** Checks a string literal as an ISO date and records it as a date. */
  Type coerceToDate(Expr.StringLit s) {
    return record(s, dateLiteral(s, s.value()));
  }

  /** The date value recorded for a date literal or a coerced string literal, or null. */
  LocalDate dateValueOf(Expr e) {
    return tables.dates.get(e);
  }

  private Type record(Expr e, Type t) {
    tables.types.put(e, t);
    return t;
  }

  private Type typeOf(Expr e, Scope scope, boolean insideAggregate) {
    if (e instanceof Expr.IntLit i) {
      return i.isLong() || i.value() != (int) i.value() ? Type.LONG : Type.INT;
    } else if (e instanceof Expr.DoubleLit) {
      return Type.DOUBLE;
    } else if (e instanceof Expr.StringLit) {
      return Type.STRING;
    } else if (e instanceof Expr.BoolLit) {
      return Type.BOOL;
    } else if (e instanceof Expr.NullLit || e instanceof Expr.Missing) {
      return Type.NULL;
    } else if (e instanceof Expr.DateLit d) {
      return dateLiteral(d, d.text());
    } else if (e instanceof Expr.Name n) {
      return names.resolve(n, scope);
    } else if (e instanceof Expr.Call c) {
      return calls.call(c, scope, insideAggregate);
    } else if (e instanceof Expr.Binary b) {
      return binary(b, scope, insideAggregate);
    } else if (e instanceof Expr.Unary u) {
      Type t = check(u.operand(), scope, insideAggregate);
      if (u.op() == Expr.UnaryOp.NOT) {
        requireBool(u.operand(), t, "the operand of `not`");
        return Type.BOOL;
      }
      if (t != Type.NULL && !t.isNumeric()) {
        messages.operandType(u.operand().span(), "-", t, "a number");
        return Type.NULL;
      }
      return t;
    } else if (e instanceof Expr.Between b) {
      Type v = check(b.value(), scope, insideAggregate);
      compare(b.value(), v, b.low(), scope, insideAggregate, "between");
      compare(b.value(), v, b.high(), scope, insideAggregate, "between");
      return Type.BOOL;
    } else if (e instanceof Expr.In in) {
      Type v = check(in.value(), scope, insideAggregate);
      for (Expr option : in.options()) {
        compareEquality(in.value(), v, option, scope, insideAggregate, "in");
      }
      return Type.BOOL;
    } else if (e instanceof Expr.IsNull n) {
      check(n.value(), scope, insideAggregate);
      return Type.BOOL;
    } else if (e instanceof Expr.Matches m) {
      Type v = check(m.value(), scope, insideAggregate);
      Type p = check(m.pattern(), scope, insideAggregate);
      if (!Type.assignable(v, Type.STRING)) {
        messages.operandType(m.value().span(), "matches", v, "a string");
      }
      if (!Type.assignable(p, Type.STRING)) {
        messages.operandType(m.pattern().span(), "matches", p, "a string pattern");
      } else if (m.pattern() instanceof Expr.StringLit s) {
        checkRegex(s);
      }
      return Type.BOOL;
    } else if (e instanceof Expr.If i) {
      requireBool(i.condition(), check(i.condition(), scope, insideAggregate), "the condition of `if`");
      Type a = check(i.then(), scope, insideAggregate);
      Type b = check(i.otherwise(), scope, insideAggregate);
      return unify(a, b, i.otherwise());
    } else if (e instanceof Expr.Case c) {
      Type result = Type.NULL;
      for (Expr.When w : c.whens()) {
        requireBool(w.condition(), check(w.condition(), scope, insideAggregate), "the condition of `when`");
        result = unify(result, check(w.result(), scope, insideAggregate), w.result());
      }
      if (c.otherwise().isPresent()) {
        result = unify(result, check(c.otherwise().get(), scope, insideAggregate), c.otherwise().get());
      }
      return result;
    } else if (e instanceof Expr.Cast c) {
      Type from = check(c.value(), scope, insideAggregate);
      Type to = types.resolve(c.type());
      if (from == Type.NULL || to == Type.NULL) {
        return to;
      }
      if (!castAllowed(from, to)) {
        messages.badCast(c.span(), from, to);
      }
      return to;
    }
    throw new IllegalStateException("unexpected expression " + e.getClass().getSimpleName());
  }

  void requireBool(Expr e, Type t, String what) {
    if (!Type.assignable(t, Type.BOOL)) {
      messages.notBool(e.span(), what, t);
    }
  }

  private Type dateLiteral(Expr at, String text) {
    try {
      tables.dates.put(at, LocalDate.parse(text));
      return Type.DATE;
    } catch (DateTimeParseException ex) {
      messages.badDate(at.span(), text);
      return Type.NULL;
    }
  }

  private void checkRegex(Expr.StringLit s) {
    try {
      Pattern.compile(s.value());
    } catch (PatternSyntaxException ex) {
      messages.badRegex(s.span(), ex.getDescription());
    }
  }

  private Type binary(Expr.Binary b, Scope scope, boolean insideAggregate) {
    String op = b.op().symbol();
    switch (b.op()) {
      case AND, OR -> {
        requireBool(b.left(), check(b.left(), scope, insideAggregate), "the left side of `" + op + "`");
        requireBool(b.right(), check(b.right(), scope, insideAggregate), "the right side of `" + op + "`");
        return Type.BOOL;
      }
      case EQ, NE -> {
        compareEquality(b.left(), check(b.left(), scope, insideAggregate), b.right(), scope, insideAggregate, op);
        return Type.BOOL;
      }
      case LT, LE, GT, GE -> {
        compare(b.left(), check(b.left(), scope, insideAggregate), b.right(), scope, insideAggregate, op);
        return Type.BOOL;
      }
      default -> {
        Type l = check(b.left(), scope, insideAggregate);
        Type r = check(b.right(), scope, insideAggregate);
        if (l == Type.NULL || r == Type.NULL) {
          return l == Type.NULL ? r : l;
        }
        if (l.isNumeric() && r.isNumeric()) {
          return Type.common(l, r).orElseThrow();
        }
        if (b.op() == Expr.BinaryOp.ADD && Type.assignable(l, Type.STRING) && Type.assignable(r, Type.STRING)) {
          return Type.STRING;
        }
        if (b.op() == Expr.BinaryOp.ADD && (l == Type.STRING || r == Type.STRING)) {
          Type other = l == Type.STRING ? r : l;
          messages.operandTypes(b.span(), op, l, r,
              "`+` joins two strings; convert the " + other.display() + " with `cast(… as string)`");
        } else {
          messages.operandTypes(b.span(), op, l, r, "`" + op + "` works on numbers (int, long, double)");
        }
        return Type.NULL;
      }
    }
  }

  /** {@code ==}, {@code !=}, {@code in}: any two types with a common type. */
  private void compareEquality(Expr left, Type l, Expr right, Scope scope, boolean insideAggregate, String op) {
    Type r = checkAs(right, scope, l);
    if (l == Type.STRING && r == Type.DATE && left instanceof Expr.StringLit s) {
      l = coerceToDate(s);
    }
    if (Type.common(l, r).isEmpty() || l instanceof Type.ListOf) {
      reportNotComparable(left, l, right, r, op);
    }
  }

  /** Ordering comparisons: numbers, strings, dates. */
  private void compare(Expr left, Type l, Expr right, Scope scope, boolean insideAggregate, String op) {
    Type r = checkAs(right, scope, l);
    if (l == Type.STRING && r == Type.DATE && left instanceof Expr.StringLit s) {
      l = coerceToDate(s);
    }
    Optional<Type> common = Type.common(l, r);
    if (common.isEmpty() || !(common.get() == Type.NULL || common.get().isNumeric()
        || common.get() == Type.STRING || common.get() == Type.DATE)) {
      reportNotComparable(left, l, right, r, op);
    }
  }

  private void reportNotComparable(Expr left, Type l, Expr right, Type r, String op) {
    if (op.equals("between") || op.equals("in")) {
      messages.notComparableWith(right.span(), l, r);
    } else {
      messages.notComparable(right.span().to(left.span()), op, l, r);
    }
  }

  private Type unify(Type a, Type b, Expr at) {
    Optional<Type> common = Type.common(a, b);
    if (common.isEmpty()) {
      messages.branchTypes(at.span(), a, b);
      return Type.NULL;
    }
    return common.get();
  }

  private static boolean castAllowed(Type from, Type to) {
    if (from instanceof Type.ListOf || to instanceof Type.ListOf) {
      return from.equals(to);
    }
    if (from.equals(to) || to == Type.STRING || (from.isNumeric() && to.isNumeric())) {
      return true;
    }
    return from == Type.STRING && (to.isNumeric() || to == Type.BOOL || to == Type.DATE || to == Type.PATH);
  }

  /** Where {@code name = e} in an aggregate is not an aggregate: say which columns are not grouped, if any. */
  private void reportNotAggregated(Expr e, String bindingName) {
    List<Expr.Name> columns = new ArrayList<>();
    collectColumns(e, columns);
    if (!columns.isEmpty()) {
      Expr.Name first = columns.get(0);
      messages.notGrouped(first.span(), first.name().name(), bindingName);
    } else {
      messages.notAnAggregate(e.span(), bindingName);
    }
  }

  private void collectColumns(Expr e, List<Expr.Name> out) {
    if (e instanceof Expr.Name n && tables.bindings.get(n) instanceof NameBinding.ColumnRef) {
      out.add(n);
    } else if (e instanceof Expr.Binary b) {
      collectColumns(b.left(), out);
      collectColumns(b.right(), out);
    } else if (e instanceof Expr.Unary u) {
      collectColumns(u.operand(), out);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> collectColumns(a, out));
    } else if (e instanceof Expr.Cast c) {
      collectColumns(c.value(), out);
    }
  }

  private static boolean containsAggregate(Expr e) {
    if (e instanceof Expr.Call c) {
      return AggregateFunction.named(c.function().name()).isPresent() || c.args().stream().anyMatch(ExprChecker::containsAggregate);
    } else if (e instanceof Expr.Binary b) {
      return containsAggregate(b.left()) || containsAggregate(b.right());
    } else if (e instanceof Expr.Unary u) {
      return containsAggregate(u.operand());
    } else if (e instanceof Expr.Cast c) {
      return containsAggregate(c.value());
    } else if (e instanceof Expr.If i) {
      return containsAggregate(i.condition()) || containsAggregate(i.then()) || containsAggregate(i.otherwise());
    }
    return false;
  }
}
