package dev.marvel.plan.expr;

import dev.marvel.types.Type;
import java.util.List;

/**
 * A callable static Java method: a stdlib builtin or a {@code use function} UDF. {@code name} is how
 * the pipeline calls it; {@code javaClass}/{@code javaMethod} are what generated code invokes;
 * {@code params}/{@code result} the Marvel signature. When {@code nullSafe} is false a null
 * argument makes the call's result null without invoking the method.
 */
public record FunctionRef(
    String name, String javaClass, String javaMethod, List<Type> params, Type result, boolean nullSafe) {

  public FunctionRef {
    params = List.copyOf(params);
  }

  /** Whether this is a stdlib builtin rather than a {@code use function} UDF. */
  public boolean isBuiltin() {
    return javaClass.startsWith("dev.marvel.stdlib.");
  }

  /** {@code (string, int, int): string} */
  public String signature() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < params.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(params.get(i).display());
    }
    return sb.append("): ").append(result.display()).toString();
  }
}
