package dev.marvel.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.marvel.codegen.Val.Repr;
import dev.marvel.plan.AggCall;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Phase;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The accumulator of an aggregate: one column per partial result, laid out as a PARTIAL
 * aggregate's output after the keys ({@code count}: long; {@code sum}: the sum type; {@code min}/
 * {@code max}: the argument's type; {@code avg}: double sum, long count). The same layout serves
 * the map-side table, the shuffle, and the reduce side's spilling aggregator, whose merge function
 * this class generates.
 */
final class Accumulators {
  enum Fold {
    COUNT, SUM, MIN, MAX
  }

  /** One accumulator column; {@code name} suggests its Java name. */
  record Acc(Type type, Fold fold, String name) {}

  private final Aggregate agg;
  private final List<Acc> accs = new ArrayList<>();
  private final List<Integer> distinct = new ArrayList<>();

  Accumulators(Aggregate agg) {
    this.agg = agg;
    for (AggCall c : agg.calls()) {
      switch (c.function()) {
        case COUNT -> accs.add(new Acc(Type.LONG, Fold.COUNT, c.name()));
        case SUM -> accs.add(new Acc(AggCall.sumType(inputType(c, 0)), Fold.SUM, c.name()));
        case MIN -> accs.add(new Acc(inputType(c, 0), Fold.MIN, c.name()));
        case MAX -> accs.add(new Acc(inputType(c, 0), Fold.MAX, c.name()));
        case AVG -> {
          accs.add(new Acc(Type.DOUBLE, Fold.SUM, c.name() + "Sum"));
          accs.add(new Acc(Type.LONG, Fold.COUNT, c.name() + "Count"));
        }
        case COUNT_DISTINCT -> {
          if (agg.phase() == Phase.PARTIAL) {
            throw new UnsupportedPlanException("a partial count_distinct", c.span());
          }
          // A placeholder: the count comes from the distinct (group, value) pairs at emit time.
          distinct.add(accs.size());
          accs.add(new Acc(Type.LONG, Fold.COUNT, c.name()));
        }
      }
    }
  }

  private Type inputType(AggCall c, int arg) {
    return c.args().get(arg).type();
  }

  List<Acc> accs() {
    return accs;
  }

  /** Indexes into {@link #accs()} of the count_distinct placeholders, in call order. */
  List<Integer> distinct() {
    return distinct;
  }

  /**
   * The accumulator of one input row, from the call arguments compiled over the row: for a FINAL
   * aggregate the arguments are the partial columns themselves.
   */
  List<Val> ofRow(ExprCompiler exprs, List<Val> row) {
    List<Val> out = new ArrayList<>();
    boolean fin = agg.phase() == Phase.FINAL;
    for (AggCall c : agg.calls()) {
      List<Val> args = new ArrayList<>();
      for (var a : c.args()) {
        args.add(exprs.compile(a, row));
      }
      if (c.function() == AggFunction.COUNT_DISTINCT) {
        out.add(constant(CodeBlock.of("0L"), Type.LONG));
        continue;
      }
      if (fin) {
        for (int i = 0; i < args.size(); i++) {
          Val a = args.get(i);
          out.add(new Val(a.value(), a.isNull(), a.type(), a.repr()));
        }
        continue;
      }
      switch (c.function()) {
        case COUNT -> out.add(constant(args.isEmpty() ? CodeBlock.of("1L")
            : CodeBlock.of("($L ? 0L : 1L)", args.get(0).isNull()), Type.LONG));
        case SUM -> {
          Val a = args.get(0);
          Type t = AggCall.sumType(a.type());
          out.add(new Val(t.equals(a.type()) ? a.value() : CodeBlock.of("($T) $L", Val.javaType(t, Repr.PRIMITIVE),
              a.value()), a.isNull(), t, Repr.PRIMITIVE));
        }
        case MIN, MAX -> out.add(args.get(0));
        case AVG -> {
          Val a = args.get(0);
          out.add(constant(CodeBlock.of("($L ? 0.0 : (double) $L)", a.isNull(), a.value()), Type.DOUBLE));
          out.add(constant(CodeBlock.of("($L ? 0L : 1L)", a.isNull()), Type.LONG));
        }
      }
    }
    return out;
  }

  /** The aggregate's output columns (after the keys) from decoded accumulator values. */
  List<Val> finish(CodeBlock.Builder out, Locals locals, List<Val> acc) {
    if (agg.phase() == Phase.PARTIAL) {
      return acc;
    }
    List<Val> result = new ArrayList<>();
    int i = 0;
    for (AggCall c : agg.calls()) {
      if (c.function() == AggFunction.AVG) {
        Val sum = acc.get(i++);
        Val count = acc.get(i++);
        String v = locals.named(c.name());
        String n = locals.named(c.name() + "Null");
        out.addStatement("boolean $N = $L == 0", n, count.value());
        out.addStatement("double $N = $N ? 0 : $L / $L", v, n, sum.value(), count.value());
        result.add(Val.of(v, n, Type.DOUBLE, Repr.PRIMITIVE));
      } else {
        result.add(acc.get(i++));
      }
    }
    return result;
  }

  /**
   * {@code byte[] NAME(byte[] a, byte[] b)}: merges two encoded accumulators through the stage's
   * reader and writer fields {@code left}, {@code right} and {@code out}, so a merge allocates
   * only its result: the final aggregation merges once per record it folds.
   */
  MethodSpec mergeMethod(String name, String left, String right, String out) {
    CodeBlock.Builder b = CodeBlock.builder();
    int n = accs.size();
    b.addStatement("$T x = $N.reset(a, 0, $L)", RuntimeTypes.ROW_READER, left, n);
    b.addStatement("$T y = $N.reset(b, 0, $L)", RuntimeTypes.ROW_READER, right, n);
    b.addStatement("$T w = $N.reset($L)", RuntimeTypes.ROW_WRITER, out, n);
    for (int i = 0; i < n; i++) {
      Acc acc = accs.get(i);
      TypeName t = Val.javaType(acc.type(), Val.reprOf(acc.type()));
      String read = "read" + Codecs.suffix(acc.type(), Val.reprOf(acc.type()));
      b.addStatement("boolean xn$L = x.isNull($L)", i, i);
      b.addStatement("$T xv$L = xn$L ? $L : x.$L()", t, i, i, Val.zero(acc.type()), read);
      b.addStatement("boolean yn$L = y.isNull($L)", i, i);
      b.addStatement("$T yv$L = yn$L ? $L : y.$L()", t, i, i, Val.zero(acc.type()), read);
      b.beginControlFlow("if (xn$L && yn$L)", i, i).addStatement("w.writeNull()");
      b.nextControlFlow("else if (xn$L || yn$L)", i, i);
      b.addStatement("w.write$L(xn$L ? yv$L : xv$L)", Codecs.suffix(acc.type(), Val.reprOf(acc.type())), i, i, i);
      b.nextControlFlow("else");
      b.addStatement("w.write$L($L)", Codecs.suffix(acc.type(), Val.reprOf(acc.type())), combine(acc, "xv" + i, "yv" + i));
      b.endControlFlow();
    }
    b.addStatement("return w.toByteArray()");
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
        .returns(byte[].class).addParameter(byte[].class, "a").addParameter(byte[].class, "b")
        .addCode(b.build()).build();
  }

  /** The fold of two non-null partial values. */
  static CodeBlock combine(Acc acc, String x, String y) {
    return switch (acc.fold()) {
      case COUNT, SUM -> CodeBlock.of("$L + $L", x, y);
      case MIN, MAX -> {
        String op = acc.fold() == Fold.MIN ? "<=" : ">=";
        Val vx = new Val(CodeBlock.of("$L", x), CodeBlock.of("false"), acc.type(), Val.reprOf(acc.type()));
        Val vy = new Val(CodeBlock.of("$L", y), CodeBlock.of("false"), acc.type(), Val.reprOf(acc.type()));
        yield CodeBlock.of("$L ? $L : $L", ExprCompiler.compare(vx, vy, op), x, y);
      }
    };
  }

  private static Val constant(CodeBlock value, Type type) {
    return new Val(value, CodeBlock.of("false"), type, Repr.PRIMITIVE);
  }
}
