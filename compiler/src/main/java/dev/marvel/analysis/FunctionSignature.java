package dev.marvel.analysis;

import java.util.List;
import java.util.stream.Collectors;

/** What a function takes and returns, as the language sees it: {@code substr(s: string, start: int, len: int): string}. */
public record FunctionSignature(String name, List<String> paramNames, List<SignatureType> params, SignatureType result) {

  public FunctionSignature {
    paramNames = List.copyOf(paramNames);
    params = List.copyOf(params);
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
    return params.stream().map(SignatureType::display).collect(Collectors.joining(", ", "(", ")"));
  }
}
