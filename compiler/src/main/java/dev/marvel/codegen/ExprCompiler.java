package dev.marvel.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.marvel.codegen.Val.Repr;
import dev.marvel.plan.expr.Between;
import dev.marvel.plan.expr.Binary;
import dev.marvel.plan.expr.BinaryOp;
import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.Case;
import dev.marvel.plan.expr.Cast;
import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.If;
import dev.marvel.plan.expr.In;
import dev.marvel.plan.expr.IsNull;
import dev.marvel.plan.expr.Literal;
import dev.marvel.plan.expr.Matches;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.plan.expr.Unary;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Compiles a typed expression into statements that compute it into locals, with SQL null
 * semantics: an operator or non-null-safe function with a null operand is null, {@code and}/
 * {@code or} are three-valued, and a condition that is null counts as false where it is used.
 * Literals are emitted with {@code $S}/{@code $L} of their Java values only, so no user text
 * becomes code. A {@code use function} call is guarded on its own: whatever the user's method
 * throws becomes a user error naming the function, at the call's location.
 */
final class ExprCompiler {
  private final CodeBlock.Builder out;
  private final Locals locals;
  private final FunctionMethods functions;
  private final ToIntFunction<Span> spanIndex;

  /** @param spanIndex the index in the class's {@code LOCATIONS} of a span's DSL location */
  ExprCompiler(CodeBlock.Builder out, Locals locals, FunctionMethods functions, ToIntFunction<Span> spanIndex) {
    this.out = out;
    this.locals = locals;
    this.functions = functions;
    this.spanIndex = spanIndex;
  }

  /** Whether evaluating {@code e} can throw (a call, a cast, a regex, an integer division). */
  static boolean mayFail(RowExpr e) {
    if (e instanceof Call || e instanceof Cast || e instanceof Matches) {
      return true;
    }
    if (e instanceof Binary b && (b.op() == BinaryOp.DIV || b.op() == BinaryOp.MOD) && b.type() != Type.DOUBLE) {
      return true;
    }
    return e.children().stream().anyMatch(ExprCompiler::mayFail);
  }

  Val compile(RowExpr e, List<Val> row) {
    if (e instanceof ColumnRef c) {
      return row.get(c.index());
    }
    if (e instanceof Literal l) {
      return literal(l);
    }
    if (e instanceof Binary b) {
      return binary(b, row);
    }
    if (e instanceof Unary u) {
      Val v = compile(u.operand(), row);
      return declare(u.type(), v.isNull(), u.op() == Unary.Op.NOT ? CodeBlock.of("!$L", v.value())
          : CodeBlock.of("-($L)", v.value()));
    }
    if (e instanceof IsNull n) {
      Val v = compile(n.value(), row);
      return new Val(CodeBlock.of("($L$L)", n.negated() ? "!" : "", v.isNull()), CodeBlock.of("false"), Type.BOOL,
          Repr.PRIMITIVE);
    }
    if (e instanceof Between b) {
      Val v = compile(b.value(), row);
      Val lo = compile(b.low(), row);
      Val hi = compile(b.high(), row);
      CodeBlock test = CodeBlock.of("($L && $L)", compare(v, lo, ">="), compare(v, hi, "<="));
      return declare(Type.BOOL, anyNull(v, lo, hi), b.negated() ? CodeBlock.of("!$L", test) : test);
    }
    if (e instanceof In in) {
      return in(in, row);
    }
    if (e instanceof Matches m) {
      Val v = compile(m.value(), row);
      Val p = compile(m.pattern(), row);
      return declare(Type.BOOL, anyNull(v, p),
          CodeBlock.of("$T.matches($L, $L)", RuntimeTypes.VALUES, v.asString(), p.asString()));
    }
    if (e instanceof Cast c) {
      return cast(c, row);
    }
    if (e instanceof If i) {
      return choose(List.of(i.condition()), List.of(i.then()), i.otherwise(), i.type(), row);
    }
    if (e instanceof Case c) {
      return choose(c.conditions(), c.results(), c.otherwise(), c.type(), row);
    }
    if (e instanceof Call c) {
      return call(c, row);
    }
    throw new UnsupportedPlanException("expression " + e.display() + " cannot be compiled yet", e.span());
  }

  /** {@code if (cond is true) { …body… }}: the code of a filter. */
  CodeBlock isTrue(Val cond) {
    return cond.neverNull() ? cond.value() : CodeBlock.of("!$L && $L", cond.isNull(), cond.value());
  }

  private Val literal(Literal l) {
    Type t = l.type();
    if (l.isNull()) {
      // Typed, so that overloads (a sink's field(…)) resolve even for a null literal.
      return new Val(CodeBlock.of("($T) $L", Val.javaType(t, Val.reprOf(t)), Val.zero(t)), CodeBlock.of("true"), t,
          Val.reprOf(t));
    }
    Object v = l.value();
    CodeBlock value;
    if (v instanceof String s) {
      value = CodeBlock.of("$S", s);
    } else if (v instanceof Long x) {
      value = CodeBlock.of("$LL", x);
    } else if (v instanceof Double d) {
      value = d.isNaN() ? CodeBlock.of("$T.NaN", Double.class)
          : d.isInfinite() ? CodeBlock.of("$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
          : CodeBlock.of("$Ld", Double.toString(d));
    } else if (v instanceof Integer || v instanceof Boolean) {
      value = CodeBlock.of("$L", v);
    } else {
      throw new UnsupportedPlanException("a literal of type " + t.display() + " cannot be compiled yet", l.span());
    }
    return new Val(value, CodeBlock.of("false"), t, Val.reprOf(t));
  }

  private Val binary(Binary b, List<Val> row) {
    if (b.op().isLogical()) {
      return logical(b, row);
    }
    Val l = compile(b.left(), row);
    Val r = compile(b.right(), row);
    CodeBlock isNull = anyNull(l, r);
    if (b.op().isComparison()) {
      return declare(Type.BOOL, isNull, compare(l, r, b.op().symbol()));
    }
    if (b.op() == BinaryOp.CONCAT) {
      return declare(Type.STRING, isNull, CodeBlock.of("$L + $L", l.asString(), r.asString()));
    }
    String op = b.op().symbol();
    return declare(b.type(), isNull, CodeBlock.of("$L $L $L", l.value(), op, r.value()));
  }

  /** Three-valued {@code and}/{@code or}; the right side is evaluated only when it decides. */
  private Val logical(Binary b, List<Val> row) {
    boolean and = b.op() == BinaryOp.AND;
    String v = locals.temp("b");
    String n = locals.temp("bNull");
    out.addStatement("boolean $N = false", v);
    out.addStatement("boolean $N = false", n);
    Val l = compile(b.left(), row);
    // and: a false left decides; or: a true left decides.
    out.beginControlFlow("if (!$L && $L$L)", l.isNull(), and ? "!" : "", l.value());
    out.addStatement("$N = $L", v, !and);
    out.nextControlFlow("else");
    Val r = compile(b.right(), row);
    out.beginControlFlow("if (!$L && $L$L)", r.isNull(), and ? "!" : "", r.value());
    out.addStatement("$N = $L", v, !and);
    out.nextControlFlow("else if ($L || $L)", l.isNull(), r.isNull());
    out.addStatement("$N = true", n);
    out.nextControlFlow("else");
    out.addStatement("$N = $L", v, and);
    out.endControlFlow();
    out.endControlFlow();
    return Val.of(v, n, Type.BOOL, Repr.PRIMITIVE);
  }

  private Val in(In in, List<Val> row) {
    Val v = compile(in.value(), row);
    String r = locals.temp("in");
    String n = locals.temp("inNull");
    out.addStatement("boolean $N = false", r);
    out.addStatement("boolean $N = $L", n, v.isNull());
    out.beginControlFlow("if (!$N)", n);
    for (RowExpr option : in.options()) {
      Val o = compile(option, row);
      out.beginControlFlow("if ($L)", o.isNull()).addStatement("$N = true", n);
      out.nextControlFlow("else if ($L)", compare(v, o, "=="));
      out.addStatement("$N = true", r);
      out.endControlFlow();
    }
    // A match decides even when another option was null.
    out.beginControlFlow("if ($N)", r).addStatement("$N = false", n).endControlFlow();
    out.endControlFlow();
    if (in.negated()) {
      out.addStatement("$N = !$N", r, r);
    }
    return Val.of(r, n, Type.BOOL, Repr.PRIMITIVE);
  }

  private Val choose(List<RowExpr> conditions, List<RowExpr> results, RowExpr otherwise, Type type, List<Val> row) {
    Repr repr = Val.reprOf(type);
    String v = locals.temp("r");
    String n = locals.temp("rNull");
    out.addStatement("$T $N = $L", Val.javaType(type, repr), v, Val.zero(type));
    out.addStatement("boolean $N = false", n);
    int depth = 0;
    for (int i = 0; i < conditions.size(); i++) {
      Val c = compile(conditions.get(i), row);
      out.beginControlFlow("if ($L)", isTrue(c));
      assign(v, n, compile(results.get(i), row));
      out.nextControlFlow("else");
      depth++;
    }
    assign(v, n, compile(otherwise, row));
    for (int i = 0; i < depth; i++) {
      out.endControlFlow();
    }
    return Val.of(v, n, type, repr);
  }

  private void assign(String v, String n, Val x) {
    out.addStatement("$N = $L", v, x.repr() == Repr.BYTES ? x.asString() : x.value());
    out.addStatement("$N = $L", n, x.isNull());
  }

  private Val cast(Cast c, List<Val> row) {
    Val v = compile(c.value(), row);
    Type from = v.type();
    Type to = c.type();
    if (from.equals(to) || from == Type.NULL) {
      return new Val(v.value(), v.isNull(), to, v.repr());
    }
    CodeBlock value;
    if (from == Type.STRING || from == Type.PATH) {
      String parse = to == Type.INT ? "toInt" : to == Type.LONG ? "toLong" : to == Type.DOUBLE ? "toDouble"
          : to == Type.BOOL ? "toBool" : to == Type.DATE ? "toDate" : null;
      if (to == Type.STRING || to == Type.PATH) {
        return new Val(v.value(), v.isNull(), to, v.repr());
      }
      if (parse == null) {
        throw new UnsupportedPlanException("cast from " + from.display() + " to " + to.display(), c.span());
      }
      value = CodeBlock.of("$T.$L($L)", RuntimeTypes.VALUES, parse, v.asString());
    } else if (to == Type.STRING) {
      value = from == Type.DATE ? CodeBlock.of("$T.dateText($L)", RuntimeTypes.VALUES, v.value())
          : CodeBlock.of("$T.valueOf($L)", String.class, v.value());
    } else if (to == Type.INT || to == Type.LONG || to == Type.DOUBLE) {
      value = CodeBlock.of("($T) $L", Val.javaType(to, Repr.PRIMITIVE),
          from == Type.BOOL ? CodeBlock.of("($L ? 1 : 0)", v.value()) : v.value());
    } else {
      throw new UnsupportedPlanException("cast from " + from.display() + " to " + to.display(), c.span());
    }
    return declare(to, v.isNull(), value);
  }

  private Val call(Call c, List<Val> row) {
    List<Val> args = new ArrayList<>();
    for (RowExpr a : c.args()) {
      args.add(compile(a, row));
    }
    FunctionMethods.Target target = functions.resolve(c);
    CodeBlock.Builder argList = CodeBlock.builder();
    for (int i = 0; i < args.size(); i++) {
      Val a = args.get(i);
      CodeBlock value = a.repr() == Repr.BYTES ? a.asString() : a.value();
      if (c.function().nullSafe() && !a.neverNull()) {
        value = CodeBlock.of("($L ? null : $L)", a.isNull(), value);
      }
      argList.add(i == 0 ? "$L" : ", $L", value);
    }
    CodeBlock invoke = CodeBlock.of("$T.$N($L)", ClassName.bestGuess(target.javaClass()), target.method(),
        argList.build());
    Type type = c.type();
    Repr repr = Val.reprOf(type);
    CodeBlock isNull = c.function().nullSafe() ? CodeBlock.of("false") : anyNull(args.toArray(new Val[0]));
    String v = locals.temp("f");
    String n = locals.temp("fNull");
    out.addStatement("$T $N = $L", Val.javaType(type, repr), v, Val.zero(type));
    out.addStatement("boolean $N = $L", n, isNull);
    out.beginControlFlow("if (!$N)", n);
    boolean udf = !c.function().isBuiltin();
    String thrown = udf ? locals.temp("thrown") : null;
    if (udf) {
      out.beginControlFlow("try");
    }
    if (target.mayReturnNull()) {
      String boxed = locals.temp("box");
      out.addStatement("$T $N = $L", target.returnType(), boxed, invoke);
      out.addStatement("$N = $N == null", n, boxed);
      out.beginControlFlow("if (!$N)", n).addStatement("$N = $N", v, boxed).endControlFlow();
    } else {
      out.addStatement("$N = $L", v, invoke);
    }
    if (udf) {
      // Checked exceptions too: a user's method may declare any. Errors (out of memory) stay system errors.
      out.nextControlFlow("catch ($T $N)", Exception.class, thrown)
          .addStatement("throw $T.inFunction($S, $N, LOCATIONS[$L])", RuntimeTypes.TASK_FAILURE, c.function().name(),
              thrown, spanIndex.applyAsInt(c.span()))
          .endControlFlow();
    }
    out.endControlFlow();
    return Val.of(v, n, type, repr);
  }

  /** A comparison of two non-null values of the same type. */
  static CodeBlock compare(Val a, Val b, String op) {
    Type t = a.type() == Type.NULL ? b.type() : a.type();
    if (t == Type.STRING || t == Type.PATH) {
      if (op.equals("==") || op.equals("!=")) {
        return CodeBlock.of("$L$T.equal($L, $L)", op.equals("!=") ? "!" : "", RuntimeTypes.VALUES, a.value(), b.value());
      }
      return CodeBlock.of("($T.compare($L, $L) $L 0)", RuntimeTypes.VALUES, a.value(), b.value(), op);
    }
    if (t == Type.BOOL && !op.equals("==") && !op.equals("!=")) {
      return CodeBlock.of("($T.compare($L, $L) $L 0)", Boolean.class, a.value(), b.value(), op);
    }
    return CodeBlock.of("($L $L $L)", a.value(), op, b.value());
  }

  private Val declare(Type type, CodeBlock isNull, CodeBlock value) {
    Repr repr = Val.reprOf(type);
    String v = locals.temp("e");
    if (isNull.toString().equals("false")) {
      out.addStatement("$T $N = $L", Val.javaType(type, repr), v, value);
      return Val.of(v, null, type, repr);
    }
    String n = locals.temp("eNull");
    out.addStatement("boolean $N = $L", n, isNull);
    out.addStatement("$T $N = $N ? $L : $L", Val.javaType(type, repr), v, n, Val.zero(type), value);
    return Val.of(v, n, type, repr);
  }

  private static CodeBlock anyNull(Val... vals) {
    List<CodeBlock> parts = new ArrayList<>();
    for (Val v : vals) {
      if (!v.neverNull()) {
        parts.add(v.isNull());
      }
    }
    return parts.isEmpty() ? CodeBlock.of("false") : CodeBlock.join(parts, " || ");
  }
}
