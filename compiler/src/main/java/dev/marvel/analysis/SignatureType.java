package dev.marvel.analysis;

import dev.marvel.types.Type;
import java.util.Map;

/**
 * A parameter or result type in a function signature: a concrete {@link Type}, or a type variable
 * ({@code T}, {@code list<T>}) bound by the arguments of a call, for functions such as
 * {@code coalesce(T, T): T}.
 */
public sealed interface SignatureType {

  /** The type after substituting bound variables; unbound variables become {@code null}. */
  Type substitute(Map<String, Type> bindings);

  String display();

  record Concrete(Type type) implements SignatureType {
    @Override
    public Type substitute(Map<String, Type> bindings) {
      return type;
    }

    @Override
    public String display() {
      return type.display();
    }
  }

  /** {@code T}, or {@code list<T>} when {@code listDepth} is 1. */
  record Variable(String name, int listDepth) implements SignatureType {
    @Override
    public Type substitute(Map<String, Type> bindings) {
      Type t = bindings.get(name);
      if (t == null) {
        return null;
      }
      for (int i = 0; i < listDepth; i++) {
        t = new Type.ListOf(t);
      }
      return t;
    }

    @Override
    public String display() {
      return "list<".repeat(listDepth) + name + ">".repeat(listDepth);
    }
  }
}
