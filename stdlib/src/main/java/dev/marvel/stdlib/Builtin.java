package dev.marvel.stdlib;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a function of the Marvel language.
 *
 * <p>{@link #signature()} is written in the language's own type syntax, e.g.
 * {@code "(string, int, int): string"} or {@code "(date): int"}; the compiler checks calls against
 * it. Marvel types map to Java parameter types as: int→int, long→long, double→double,
 * bool→boolean, string→String, date→int (days since 1970-01-01), list&lt;T&gt;→java.util.List.
 * Arguments are never null: a null argument makes the call's result null, unless
 * {@link #nullSafe()} says the method handles nulls itself (then it takes boxed/nullable values).
 * A boxed result type ({@code Integer} for a date, {@code Double}…) or a {@code String} result
 * may be null, e.g. {@code to_date} of a malformed text.
 *
 * <p>One name may sit on several overloads with different signatures ({@code abs} on int, long
 * and double); the Java method names of overloads need not match the Marvel name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Builtin {
  /** The name used in pipelines, lower_snake_case. */
  String name();

  /** Parameter and result types, e.g. {@code "(string): string"}. */
  String signature();

  /** Names of the parameters, for signature help in editors. */
  String[] params();

  /** One or two sentences shown on hover and in completion. */
  String doc();

  /** True when the method itself handles null arguments. */
  boolean nullSafe() default false;
}
