package dev.marvel.stdlib;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Calendar functions. A date is an int counting days since 1970-01-01 (proleptic Gregorian). */
public final class DateFunctions {

  private DateFunctions() {}

  @Builtin(name = "year", signature = "(date): int", params = {"d"},
      doc = "The year of the date, e.g. 1980 for 1980-04-01.")
  public static int year(int d) {
    return LocalDate.ofEpochDay(d).getYear();
  }

  @Builtin(name = "month", signature = "(date): int", params = {"d"},
      doc = "The month of the date, 1 (January) to 12 (December).")
  public static int month(int d) {
    return LocalDate.ofEpochDay(d).getMonthValue();
  }

  @Builtin(name = "day", signature = "(date): int", params = {"d"},
      doc = "The day of the month of the date, 1 to 31.")
  public static int day(int d) {
    return LocalDate.ofEpochDay(d).getDayOfMonth();
  }

  /** Argument order as MySQL's and Hive's DATEDIFF: later date first gives a positive count. */
  @Builtin(name = "date_diff", signature = "(date, date): int", params = {"end", "start"},
      doc = "The number of days from `start` to `end`: positive when `end` is later, "
          + "e.g. date_diff(\"1980-03-01\", \"1980-02-01\") = 29.")
  public static int dateDiff(int end, int start) {
    return Math.subtractExact(end, start);
  }

  @Builtin(name = "date_add", signature = "(date, int): date", params = {"d", "days"},
      doc = "The date `days` days after `d` (before it when `days` is negative).")
  public static int dateAdd(int d, int days) {
    return Math.addExact(d, days);
  }

  /** Malformed dates become null rather than failing the job, as in Spark's and Hive's to_date. */
  @Builtin(name = "to_date", signature = "(string): date", params = {"s"},
      doc = "The date written as ISO yyyy-MM-dd (e.g. \"1980-01-01\"), or null when the text is "
          + "not a valid date.")
  public static Integer toDate(String s) {
    try {
      return Math.toIntExact(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).toEpochDay());
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }
}
