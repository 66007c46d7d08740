package dev.marvel.stdlib;

/**
 * Functions that look at nulls themselves ({@link Builtin#nullSafe()}), one overload per type.
 * A date is an {@code Integer} like an int, so its overload needs its own Java name.
 */
public final class NullFunctions {

  private static final String COALESCE_DOC =
      "`a` unless it is null, else `b`; nest calls for more fallbacks: coalesce(a, coalesce(b, c)).";

  private NullFunctions() {}

  @Builtin(name = "coalesce", signature = "(int, int): int", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static Integer coalesce(Integer a, Integer b) {
    return a != null ? a : b;
  }

  @Builtin(name = "coalesce", signature = "(long, long): long", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static Long coalesce(Long a, Long b) {
    return a != null ? a : b;
  }

  @Builtin(name = "coalesce", signature = "(double, double): double", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static Double coalesce(Double a, Double b) {
    return a != null ? a : b;
  }

  @Builtin(name = "coalesce", signature = "(string, string): string", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static String coalesce(String a, String b) {
    return a != null ? a : b;
  }

  @Builtin(name = "coalesce", signature = "(bool, bool): bool", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static Boolean coalesce(Boolean a, Boolean b) {
    return a != null ? a : b;
  }

  @Builtin(name = "coalesce", signature = "(date, date): date", params = {"a", "b"},
      doc = COALESCE_DOC, nullSafe = true)
  public static Integer coalesceDate(Integer a, Integer b) {
    return a != null ? a : b;
  }
}
