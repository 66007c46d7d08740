package dev.marvel.stdlib;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numeric functions. Integer functions fail on overflow rather than wrap (e.g. abs of the
 * smallest int); double functions follow IEEE rules (sqrt(-1) is NaN, ln(0) is -Infinity).
 */
public final class MathFunctions {

  /** Doubles at least this large have no fraction, so rounding leaves them alone. */
  private static final double NO_FRACTION = 0x1p52;

  private MathFunctions() {}

  @Builtin(name = "abs", signature = "(int): int", params = {"x"},
      doc = "The absolute value of `x`.")
  public static int abs(int x) {
    return Math.absExact(x);
  }

  @Builtin(name = "abs", signature = "(long): long", params = {"x"},
      doc = "The absolute value of `x`.")
  public static long abs(long x) {
    return Math.absExact(x);
  }

  @Builtin(name = "abs", signature = "(double): double", params = {"x"},
      doc = "The absolute value of `x`.")
  public static double abs(double x) {
    return Math.abs(x);
  }

  /** SQL rounding: halves go away from zero (Java's Math.round sends -2.5 to -2, SQL to -3). */
  @Builtin(name = "round", signature = "(double): double", params = {"x"},
      doc = "`x` rounded to the nearest whole number, halves away from zero: "
          + "round(2.5) = 3.0, round(-2.5) = -3.0.")
  public static double round(double x) {
    if (!(Math.abs(x) < NO_FRACTION)) {
      return x;
    }
    double down = Math.floor(x);
    double fraction = x - down;
    if (fraction > 0.5 || (fraction == 0.5 && x > 0)) {
      return down + 1;
    }
    return down;
  }

  /**
   * Rounds the decimal the user sees ({@link Double#toString}), so round(2.675, 2) is 2.68 as
   * written, although the binary double nearest 2.675 lies just below it.
   */
  @Builtin(name = "round", signature = "(double, int): double", params = {"x", "digits"},
      doc = "`x` rounded to `digits` decimal places (negative: to tens, hundreds…), "
          + "halves away from zero: round(2.675, 2) = 2.68, round(1250.0, -2) = 1300.0.")
  public static double round(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue();
  }

  @Builtin(name = "floor", signature = "(double): double", params = {"x"},
      doc = "The largest whole number not above `x`: floor(-1.5) = -2.0.")
  public static double floor(double x) {
    return Math.floor(x);
  }

  @Builtin(name = "ceil", signature = "(double): double", params = {"x"},
      doc = "The smallest whole number not below `x`: ceil(-1.5) = -1.0.")
  public static double ceil(double x) {
    return Math.ceil(x);
  }

  @Builtin(name = "sqrt", signature = "(double): double", params = {"x"},
      doc = "The square root of `x`; NaN when `x` is negative.")
  public static double sqrt(double x) {
    return Math.sqrt(x);
  }

  @Builtin(name = "pow", signature = "(double, double): double", params = {"base", "exponent"},
      doc = "`base` raised to `exponent`: pow(2, 10) = 1024.0.")
  public static double pow(double base, double exponent) {
    return Math.pow(base, exponent);
  }

  @Builtin(name = "ln", signature = "(double): double", params = {"x"},
      doc = "The natural logarithm of `x`; -Infinity at 0 and NaN below it.")
  public static double ln(double x) {
    return Math.log(x);
  }

  @Builtin(name = "greatest", signature = "(int, int): int", params = {"a", "b"},
      doc = "The larger of the two values.")
  public static int greatest(int a, int b) {
    return Math.max(a, b);
  }

  @Builtin(name = "greatest", signature = "(long, long): long", params = {"a", "b"},
      doc = "The larger of the two values.")
  public static long greatest(long a, long b) {
    return Math.max(a, b);
  }

  @Builtin(name = "greatest", signature = "(double, double): double", params = {"a", "b"},
      doc = "The larger of the two values (NaN if either is NaN).")
  public static double greatest(double a, double b) {
    return Math.max(a, b);
  }

  @Builtin(name = "least", signature = "(int, int): int", params = {"a", "b"},
      doc = "The smaller of the two values.")
  public static int least(int a, int b) {
    return Math.min(a, b);
  }

  @Builtin(name = "least", signature = "(long, long): long", params = {"a", "b"},
      doc = "The smaller of the two values.")
  public static long least(long a, long b) {
    return Math.min(a, b);
  }

  @Builtin(name = "least", signature = "(double, double): double", params = {"a", "b"},
      doc = "The smaller of the two values (NaN if either is NaN).")
  public static double least(double a, double b) {
    return Math.min(a, b);
  }
}
