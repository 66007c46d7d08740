package dev.marvel.plan.expr;

import dev.marvel.types.Type;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Calls a stdlib builtin on literal arguments at plan time, so {@code lower(p)} with a bound
 * parameter {@code p} becomes a literal. Only the stdlib's own functions (deterministic, pure) are
 * called — never a UDF — and only for scalar results; a call that throws is left for run time,
 * where the error points at the row and the source.
 */
final class BuiltinEvaluator {

  private static final String STDLIB_PACKAGE = "dev.marvel.stdlib.";

  private BuiltinEvaluator() {}

  static Optional<Literal> evaluate(Call call) {
    FunctionRef f = call.function();
    if (!f.javaClass().startsWith(STDLIB_PACKAGE) || f.result() instanceof Type.ListOf
        || f.params().stream().anyMatch(Type.ListOf.class::isInstance)
        || !call.args().stream().allMatch(Literal.class::isInstance)) {
      return Optional.empty();
    }
    List<Object> args = call.args().stream().map(a -> ((Literal) a).value()).toList();
    if (!f.nullSafe() && args.contains(null)) {
      return Optional.of(Literal.nullOf(f.result(), call.span()));
    }
    try {
      Method m = find(f);
      Object result = m.invoke(null, args.toArray());
      if (result != null && !Literal.javaClassOf(f.result()).isInstance(result)) {
        return Optional.empty();
      }
      return Optional.of(new Literal(result, f.result(), call.span()));
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The method, looked up with primitive parameters, or boxed ones for null-safe functions. */
  private static Method find(FunctionRef f) throws ClassNotFoundException, NoSuchMethodException {
    Class<?> owner = Class.forName(f.javaClass(), true, BuiltinEvaluator.class.getClassLoader());
    Class<?>[] primitive = f.params().stream().map(t -> javaType(t, false)).toArray(Class<?>[]::new);
    try {
      return owner.getMethod(f.javaMethod(), primitive);
    } catch (NoSuchMethodException e) {
      return owner.getMethod(f.javaMethod(), f.params().stream().map(t -> javaType(t, true)).toArray(Class<?>[]::new));
    }
  }

  private static Class<?> javaType(Type t, boolean boxed) {
    if (t == Type.INT || t == Type.DATE) {
      return boxed ? Integer.class : int.class;
    }
    if (t == Type.LONG) {
      return boxed ? Long.class : long.class;
    }
    if (t == Type.DOUBLE) {
      return boxed ? Double.class : double.class;
    }
    if (t == Type.BOOL) {
      return boxed ? Boolean.class : boolean.class;
    }
    return String.class;
  }
}
