package dev.marvel.types;

import java.util.Locale;
import java.util.Optional;

/**
 * The types of the Marvel language. Scalars are singletons; {@code list<T>} is the only
 * constructed type (the result of {@code split}, {@code tokenize}, {@code regex_matches}), and
 * {@code null} is the type of the literal {@code null}, assignable to every type.
 *
 * <p>At run time: int→int, long→long, double→double, bool→boolean, string→String (or a UTF-8
 * byte slice in generated hot loops), date→int days since 1970-01-01, path→String.
 */
public sealed interface Type {

  Scalar INT = Scalar.INT;
  Scalar LONG = Scalar.LONG;
  Scalar DOUBLE = Scalar.DOUBLE;
  Scalar STRING = Scalar.STRING;
  Scalar BOOL = Scalar.BOOL;
  Scalar DATE = Scalar.DATE;
  Scalar PATH = Scalar.PATH;
  Scalar NULL = Scalar.NULL;

  /** How the type is written in source and in messages: {@code int}, {@code list<string>}. */
  String display();

  default boolean isNumeric() {
    return this == INT || this == LONG || this == DOUBLE;
  }

  enum Scalar implements Type {
    INT, LONG, DOUBLE, STRING, BOOL, DATE, PATH, NULL;

    @Override
    public String display() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return display();
    }
  }

  record ListOf(Type element) implements Type {
    @Override
    public String display() {
      return "list<" + element.display() + ">";
    }

    @Override
    public String toString() {
      return display();
    }
  }

  /** The scalar type written as {@code name} in source, if there is one ({@code null} is not writable). */
  static Optional<Scalar> scalarNamed(String name) {
    for (Scalar s : Scalar.values()) {
      if (s != Scalar.NULL && s.display().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The type both operands widen to for arithmetic and comparison (int ⊂ long ⊂ double;
   * null widens to anything), or empty when they have none.
   */
  static Optional<Type> common(Type a, Type b) {
    if (a.equals(b)) {
      return Optional.of(a);
    }
    if (a == NULL) {
      return Optional.of(b);
    }
    if (b == NULL) {
      return Optional.of(a);
    }
    if (a.isNumeric() && b.isNumeric()) {
      if (a == DOUBLE || b == DOUBLE) {
        return Optional.of(DOUBLE);
      }
      return Optional.of(LONG);
    }
    if ((a == STRING && b == PATH) || (a == PATH && b == STRING)) {
      return Optional.of(STRING);
    }
    return Optional.empty();
  }

  /** Whether a value of type {@code from} may be used where {@code to} is expected without a cast. */
  static boolean assignable(Type from, Type to) {
    if (from.equals(to) || from == NULL) {
      return true;
    }
    if (from == INT) {
      return to == LONG || to == DOUBLE;
    }
    if (from == LONG) {
      return to == DOUBLE;
    }
    return (from == STRING && to == PATH) || (from == PATH && to == STRING);
  }
}
