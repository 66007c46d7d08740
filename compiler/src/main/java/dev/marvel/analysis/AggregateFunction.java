package dev.marvel.analysis;

import dev.marvel.types.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The aggregates legal in {@code aggregate name = AGG(expr)}, with their result types. */
public enum AggregateFunction {
  /** {@code count()} counts rows; {@code count(x)} counts rows where x is not null. */
  COUNT,
  SUM,
  MIN,
  MAX,
  AVG,
  COUNT_DISTINCT;

  public String sourceName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AggregateFunction> named(String name) {
    return Arrays.stream(values()).filter(f -> f.sourceName().equals(name)).findFirst();
  }

  /** Whether {@code arity} arguments are accepted: count takes 0 or 1, the others exactly 1. */
  public boolean acceptsArity(int arity) {
    return arity == 1 || (this == COUNT && arity == 0);
  }

  /** The argument types described for messages. */
  public String expectedArgument() {
    return switch (this) {
      case SUM, AVG -> "a number (int, long or double)";
      case MIN, MAX -> "an int, long, double, string or date";
      case COUNT, COUNT_DISTINCT -> "any value";
    };
  }

  /**
   * The result type for an argument of type {@code arg} (null for {@code count()}), or empty when
   * the argument type is not accepted. A null-typed argument (a literal {@code null}, or an
   * expression that already failed) is accepted so that one mistake gives one error.
   */
  public Optional<Type> resultType(Type arg) {
    return switch (this) {
      case COUNT, COUNT_DISTINCT -> arg instanceof Type.ListOf && this == COUNT_DISTINCT
          ? Optional.empty() : Optional.of(Type.LONG);
      case SUM -> arg == Type.NULL ? Optional.of(Type.LONG)
          : arg == Type.INT || arg == Type.LONG ? Optional.of(Type.LONG)
          : arg == Type.DOUBLE ? Optional.of(Type.DOUBLE) : Optional.empty();
      case AVG -> arg == Type.NULL || arg.isNumeric() ? Optional.of(Type.DOUBLE) : Optional.empty();
      case MIN, MAX -> arg == Type.NULL || arg.isNumeric() || arg == Type.STRING || arg == Type.DATE
          ? Optional.of(arg) : Optional.empty();
    };
  }
}
