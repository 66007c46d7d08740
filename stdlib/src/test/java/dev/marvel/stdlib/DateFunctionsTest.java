package dev.marvel.stdlib;

import static dev.marvel.stdlib.DateFunctions.dateAdd;
import static dev.marvel.stdlib.DateFunctions.dateDiff;
import static dev.marvel.stdlib.DateFunctions.day;
import static dev.marvel.stdlib.DateFunctions.month;
import static dev.marvel.stdlib.DateFunctions.toDate;
import static dev.marvel.stdlib.DateFunctions.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DateFunctionsTest {

  private static int date(String iso) {
    return toDate(iso);
  }

  @Test
  void toDateCountsDaysSinceTheEpoch() {
    assertEquals(0, date("1970-01-01"));
    assertEquals(-1, date("1969-12-31"));
    assertEquals(3652, date("1980-01-01"));
    assertEquals(18628, date("2021-01-01"));
  }

  @Test
  void toDateIsNullForMalformedOrImpossibleDates() {
    assertNull(toDate("1980-02-30"));
    assertNull(toDate("1981-02-29"), "1981 is not a leap year");
    assertNull(toDate("1980-1-1"));
    assertNull(toDate("1980/01/01"));
    assertNull(toDate(" 1980-01-01"));
    assertNull(toDate(""));
    assertNull(toDate("yesterday"));
  }

  @Test
  void partsOfADate() {
    int d = date("1980-04-01");
    assertEquals(1980, year(d));
    assertEquals(4, month(d));
    assertEquals(1, day(d));
    assertEquals(1969, year(-1));
    assertEquals(12, month(-1));
    assertEquals(31, day(-1));
  }

  @Test
  void leapYears() {
    assertEquals(29, day(date("2000-02-29")), "2000 is divisible by 400");
    assertNull(toDate("1900-02-29"), "1900 is divisible by 100 only");
    assertEquals(29, dateDiff(date("1980-03-01"), date("1980-02-01")));
    assertEquals(28, dateDiff(date("1981-03-01"), date("1981-02-01")));
    assertEquals(366, dateDiff(date("2021-01-01"), date("2020-01-01")));
    assertEquals(date("2020-03-01"), dateAdd(date("2020-02-28"), 2));
    assertEquals(date("2020-02-29"), dateAdd(date("2020-03-01"), -1));
  }

  @Test
  void diffIsEndMinusStart() {
    assertEquals(91, dateDiff(date("1980-04-01"), date("1980-01-01")));
    assertEquals(-91, dateDiff(date("1980-01-01"), date("1980-04-01")));
    assertEquals(0, dateDiff(5, 5));
  }

  @Test
  void overflowFailsInsteadOfWrapping() {
    assertThrows(ArithmeticException.class, () -> dateAdd(Integer.MAX_VALUE, 1));
    assertThrows(ArithmeticException.class, () -> dateDiff(Integer.MIN_VALUE, 1));
  }
}
