package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.types.Type;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What a call resolved to, with the types its arguments are widened to ({@link #paramTypes()})
 * and the type of its result.
 */
public sealed interface ResolvedFunction {

  /** The name the program called it by. */
  String name();

  /** One per argument: the type the planner widens that argument to before the call. */
  List<Type> paramTypes();

  Type resultType();

  /** A stdlib function: a static method annotated {@code @Builtin}. */
  record Builtin(FunctionSignature signature, Method method, boolean nullSafe, List<Type> paramTypes, Type resultType)
      implements ResolvedFunction {
    public Builtin {
      paramTypes = List.copyOf(paramTypes);
    }

    @Override
    public String name() {
      return signature.name();
    }
  }

  /** A user function declared by {@code use function} and found on the classpath. */
  record Udf(Decl.UseFunction declaration, Method method, List<Type> paramTypes, Type resultType)
      implements ResolvedFunction {
    public Udf {
      paramTypes = List.copyOf(paramTypes);
    }

    @Override
    public String name() {
      return declaration.callName().name();
    }
  }

  /** An aggregate of a {@code group by … aggregate} step; {@code paramTypes} is empty for {@code count()}. */
  record Aggregate(AggregateFunction function, List<Type> paramTypes, Type resultType) implements ResolvedFunction {
    public Aggregate {
      paramTypes = List.copyOf(paramTypes);
    }

    @Override
    public String name() {
      return function.sourceName();
    }
  }
}
