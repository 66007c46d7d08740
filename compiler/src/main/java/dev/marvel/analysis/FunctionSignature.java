package dev.marvel.analysis;

import dev.marvel.stdlib.BuiltinSignature;
import dev.marvel.types.Type;
import java.util.List;
import java.util.stream.Collectors;

/** What a function takes and returns, as the language sees it: {@code substr(s: string, start: int, len: int): string}. */
public record FunctionSignature(String name, List<String> paramNames, List<Type> params, Type result) {

  public FunctionSignature {
    paramNames = List.copyOf(paramNames);
    params = List.copyOf(params);
  }

  /**
   * The signature of a {@code @Builtin} method from its annotation text, e.g.
   * {@code "(string, int, int): string"}.
   *
   * @throws IllegalArgumentException when the text is not a signature
   */
  public static FunctionSignature ofBuiltin(String name, List<String> paramNames, String signature) {
    BuiltinSignature parsed = BuiltinSignature.parse(signature);
    return new FunctionSignature(name, paramNames, parsed.params().stream().map(FunctionSignature::type).toList(),
        type(parsed.result()));
  }

  private static Type type(String written) {
    String element = BuiltinSignature.elementOf(written);
    if (element != null) {
      return new Type.ListOf(type(element));
    }
    return Type.scalarNamed(written).orElseThrow(() -> new IllegalArgumentException("`" + written + "` is not a type"));
  }

  public int arity() {
    return params.size();
  }

  /** {@code substr(s: string, start: int, len: int): string}, as help lines show it. */
  public String display() {
    StringBuilder b = new StringBuilder(name).append('(');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      if (i < paramNames.size()) {
        b.append(paramNames.get(i)).append(": ");
      }
      b.append(params.get(i).display());
    }
    return b.append("): ").append(result.display()).toString();
  }

  /** {@code (string, int)}: the parameter types alone. */
  public String displayParams() {
    return params.stream().map(Type::display).collect(Collectors.joining(", ", "(", ")"));
  }
}
