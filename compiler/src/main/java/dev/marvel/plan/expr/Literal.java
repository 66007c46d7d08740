package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A constant. The value's Java class follows the type: int→Integer, long→Long, double→Double,
 * string and path→String, bool→Boolean, date→Integer (days since 1970-01-01); {@code null} for
 * the null literal (of type {@code null} or of any type after folding).
 */
public record Literal(Object value, Type type, Span span) implements RowExpr {

  public Literal {
    Objects.requireNonNull(type, "type");
    if (value != null && !javaClassOf(type).isInstance(value)) {
      throw new IllegalArgumentException(
          "literal " + value + " (" + value.getClass().getSimpleName() + ") is not a " + type.display());
    }
  }

  public static Literal ofInt(int v, Span span) {
    return new Literal(v, Type.INT, span);
  }

  public static Literal ofLong(long v, Span span) {
    return new Literal(v, Type.LONG, span);
  }

  public static Literal ofDouble(double v, Span span) {
    return new Literal(v, Type.DOUBLE, span);
  }

  public static Literal ofString(String v, Span span) {
    return new Literal(v, Type.STRING, span);
  }

  public static Literal ofBool(boolean v, Span span) {
    return new Literal(v, Type.BOOL, span);
  }

  public static Literal ofDate(LocalDate v, Span span) {
    return new Literal(Math.toIntExact(v.toEpochDay()), Type.DATE, span);
  }

  public static Literal nullOf(Type type, Span span) {
    return new Literal(null, type, span);
  }

  public boolean isNull() {
    return value == null;
  }

  public boolean isTrue() {
    return Boolean.TRUE.equals(value);
  }

  public boolean isFalse() {
    return Boolean.FALSE.equals(value);
  }

  /** The Java class a non-null value of {@code type} has. */
  public static Class<?> javaClassOf(Type type) {
    if (type == Type.INT || type == Type.DATE) {
      return Integer.class;
    }
    if (type == Type.LONG) {
      return Long.class;
    }
    if (type == Type.DOUBLE) {
      return Double.class;
    }
    if (type == Type.BOOL) {
      return Boolean.class;
    }
    if (type == Type.STRING || type == Type.PATH) {
      return String.class;
    }
    if (type instanceof Type.ListOf) {
      return List.class;
    }
    return Void.class;
  }

  @Override
  public List<RowExpr> children() {
    return List.of();
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    return this;
  }
}
