package dev.marvel.plan.build;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.analysis.NameBinding;
import dev.marvel.analysis.ResolvedFunction;
import dev.marvel.ast.Expr;
import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.expr.Between;
import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.Case;
import dev.marvel.plan.expr.Cast;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.ConstantFolder;
import dev.marvel.plan.expr.FunctionRef;
import dev.marvel.plan.expr.If;
import dev.marvel.plan.expr.In;
import dev.marvel.plan.expr.IsNull;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.Matches;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.plan.expr.Unary;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an analysed AST expression into the planner's IR: columns by the index analysis bound
 * them to, parameters replaced by their bound values, implicit widenings made explicit casts
 * (operands of an operator get their common type, call arguments their parameter types).
 */
final class ExprTranslator {

  private final AnalyzedProgram analysis;
  private final BoundParameters params;

  ExprTranslator(AnalyzedProgram analysis, BoundParameters params) {
    this.analysis = analysis;
    this.params = params;
  }

  /** {@code e} as a value of type {@code t}, widened by a cast when its own type differs. */
  RowExpr translateAs(Expr e, Type t) {
    RowExpr r = translate(e);
    return r.type().equals(t) || t == Type.NULL ? r : new Cast(r, t, e.span());
  }

  /** The value of an expression that may only use literals and parameters (paths, options, limits). */
  Object constant(Expr e, String what) {
    RowExpr folded = ConstantFolder.fold(translate(e));
    if (!(folded instanceof Literal l)) {
      throw new InvalidPlanException("the " + what + " at " + e.span() + " is not constant: " + folded.display());
    }
    return l.value();
  }

  RowExpr translate(Expr e) {
    Span span = e.span();
    if (e instanceof Expr.IntLit i) {
      return analysis.typeOf(e) == Type.LONG || i.isLong() ? Literal.ofLong(i.value(), span) : Literal.ofInt((int) i.value(), span);
    }
    if (e instanceof Expr.DoubleLit d) {
      return Literal.ofDouble(d.value(), span);
    }
    if (e instanceof Expr.StringLit s) {
      return analysis.dateValue(e).map(d -> (RowExpr) Literal.ofDate(d, span)).orElse(Literal.ofString(s.value(), span));
    }
    if (e instanceof Expr.BoolLit b) {
      return Literal.ofBool(b.value(), span);
    }
    if (e instanceof Expr.NullLit) {
      return Literal.nullOf(Type.NULL, span);
    }
    if (e instanceof Expr.DateLit d) {
      return Literal.ofDate(analysis.dateValue(e).orElseGet(() -> LocalDate.parse(d.text())), span);
    }
    if (e instanceof Expr.Name n) {
      return name(n);
    }
    if (e instanceof Expr.Call c) {
      return call(c);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Unary u) {
      return u.op() == Expr.UnaryOp.NOT
          ? new Unary(Unary.Op.NOT, translateAs(u.operand(), Type.BOOL), span)
          : new Unary(Unary.Op.NEG, translateAs(u.operand(), analysis.typeOf(e)), span);
    }
    if (e instanceof Expr.Between b) {
      Type t = common(List.of(b.value(), b.low(), b.high()));
      return new Between(translateAs(b.value(), t), translateAs(b.low(), t), translateAs(b.high(), t), b.negated(), span);
    }
    if (e instanceof Expr.In in) {
      List<Expr> all = new ArrayList<>(in.options());
      all.add(0, in.value());
      Type t = common(all);
      return new In(translateAs(in.value(), t), in.options().stream().map(o -> translateAs(o, t)).toList(),
          in.negated(), span);
    }
    if (e instanceof Expr.IsNull n) {
      return new IsNull(translate(n.value()), n.negated(), span);
    }
    if (e instanceof Expr.Matches m) {
      return new Matches(translateAs(m.value(), Type.STRING), translateAs(m.pattern(), Type.STRING), span);
    }
    if (e instanceof Expr.If i) {
      Type t = analysis.typeOf(e);
      return new If(translateAs(i.condition(), Type.BOOL), translateAs(i.then(), t), translateAs(i.otherwise(), t), t, span);
    }
    if (e instanceof Expr.Case c) {
      Type t = analysis.typeOf(e);
      RowExpr otherwise = c.otherwise().map(o -> translateAs(o, t)).orElse(Literal.nullOf(t, span));
      return new Case(c.whens().stream().map(w -> translateAs(w.condition(), Type.BOOL)).toList(),
          c.whens().stream().map(w -> translateAs(w.result(), t)).toList(), otherwise, t, span);
    }
    if (e instanceof Expr.Cast c) {
      return new Cast(translate(c.value()), analysis.typeOf(e), span);
    }
    throw new InvalidPlanException("cannot plan the expression at " + span + " (" + e.getClass().getSimpleName() + ")");
  }

  private RowExpr name(Expr.Name n) {
    NameBinding b = analysis.findBinding(n).orElse(null);
    if (b == null && n.qualifier().isEmpty() && params.values().containsKey(n.name().name())) {
      // A parameter used where only parameters are allowed (a path, an option): typed by its value.
      Object v = params.get(n.name().name());
      return literal(v, v instanceof Integer ? Type.INT : v instanceof Long ? Type.LONG : v instanceof Double ? Type.DOUBLE
          : v instanceof Boolean ? Type.BOOL : v instanceof LocalDate ? Type.DATE : Type.STRING, n.span());
    }
    if (b == null) {
      b = analysis.bindingOf(n);
    }
    if (b instanceof NameBinding.ColumnRef c) {
      return new ColumnRef(c.index(), c.column().display(), c.column().type(), n.span());
    }
    NameBinding.ParamRef p = (NameBinding.ParamRef) b;
    return literal(params.get(p.parameter().name()), p.parameter().type(), n.span());
  }

  /** A bound parameter value as a literal of the parameter's type. */
  static Literal literal(Object v, Type t, Span span) {
    if (t == Type.INT) {
      return Literal.ofInt(((Number) v).intValue(), span);
    }
    if (t == Type.LONG) {
      return Literal.ofLong(((Number) v).longValue(), span);
    }
    if (t == Type.DOUBLE) {
      return Literal.ofDouble(((Number) v).doubleValue(), span);
    }
    if (t == Type.DATE) {
      return Literal.ofDate(v instanceof LocalDate d ? d : LocalDate.parse(v.toString()), span);
    }
    return new Literal(v, t, span);
  }

  private RowExpr call(Expr.Call c) {
    ResolvedFunction f = analysis.functionOf(c);
    Method m;
    boolean nullSafe;
    if (f instanceof ResolvedFunction.Builtin b) {
      m = b.method();
      nullSafe = b.nullSafe();
    } else if (f instanceof ResolvedFunction.Udf u) {
      m = u.method();
      nullSafe = false;
    } else {
      throw new InvalidPlanException("aggregate " + f.name() + " at " + c.span() + " outside `group by … aggregate`");
    }
    FunctionRef ref = new FunctionRef(f.name(), m.getDeclaringClass().getName(), m.getName(), f.paramTypes(),
        f.resultType(), nullSafe);
    List<RowExpr> args = new ArrayList<>();
    for (int i = 0; i < c.args().size(); i++) {
      args.add(translateAs(c.args().get(i), f.paramTypes().get(i)));
    }
    return new Call(ref, args, c.span());
  }

  private RowExpr binary(Expr.Binary b) {
    Span span = b.span();
    BinaryOp op = switch (b.op()) {
      case OR -> BinaryOp.OR;
      case AND -> BinaryOp.AND;
      case EQ -> BinaryOp.EQ;
      case NE -> BinaryOp.NE;
      case LT -> BinaryOp.LT;
      case LE -> BinaryOp.LE;
      case GT -> BinaryOp.GT;
      case GE -> BinaryOp.GE;
      case ADD -> BinaryOp.ADD;
      case SUB -> BinaryOp.SUB;
      case MUL -> BinaryOp.MUL;
      case DIV -> BinaryOp.DIV;
      case MOD -> BinaryOp.MOD;
    };
    if (op.isLogical()) {
      return Binary.of(op, translateAs(b.left(), Type.BOOL), translateAs(b.right(), Type.BOOL), span);
    }
    Type t = op.isComparison() ? common(List.of(b.left(), b.right())) : analysis.typeOf(b);
    if (op == BinaryOp.ADD && t == Type.STRING) {
      op = BinaryOp.CONCAT;
    }
    return Binary.of(op, translateAs(b.left(), t), translateAs(b.right(), t), span);
  }

  /** The type all of {@code es} widen to, as analysis checked they do. */
  private Type common(List<Expr> es) {
    Type t = Type.NULL;
    for (Expr e : es) {
      Type next = analysis.typeOf(e);
      t = Type.common(t, next).orElseThrow(() -> new InvalidPlanException(
          "analysis accepted operands without a common type at " + e.span()));
    }
    return t;
  }
}
