package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldParserTest {
  @Test
  void integersParseAcrossTheirWholeRange() throws Exception {
    assertEquals(0, FieldParser.parseInt(b("0"), 0, 1));
    assertEquals(-42, parseInt("-42"));
    assertEquals(42, parseInt("+42"));
    assertEquals(Integer.MAX_VALUE, parseInt("2147483647"));
    assertEquals(Integer.MIN_VALUE, parseInt("-2147483648"));
    assertEquals(Long.MAX_VALUE, parseLong("9223372036854775807"));
    assertEquals(Long.MIN_VALUE, parseLong("-9223372036854775808"));
    assertEquals(7, parseLong("0000000000000000000000007"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", "1.0", "1e3", " 1", "1 ", "0x10", "12a", "١٢"})
  void malformedIntegersAreRejected(String text) {
    MalformedFieldException e = assertThrows(MalformedFieldException.class, () -> parseLong(text));
    assertEquals("\"" + text + "\" is not a long", e.getMessage());
  }

  @Test
  void outOfRangeIntegersSaySo() {
    assertEquals("\"2147483648\" is not an int (out of range)",
        assertThrows(MalformedFieldException.class, () -> parseInt("2147483648")).getMessage());
    assertEquals("\"9223372036854775808\" is not a long (out of range)",
        assertThrows(MalformedFieldException.class, () -> parseLong("9223372036854775808")).getMessage());
  }

  @Test
  void doublesMatchJavaExactly() throws Exception {
    String[] fixed = {"0", "-0", "1.5", "-12.25", ".5", "5.", "3e-7", "1E10", "0.1", "0.30000000000000004",
        "123456789012345678", "1234567890123456789012", "4.9e-324", "1.7976931348623157e308", "1e400",
        "2.2250738585072014E-308", "9007199254740993", "0.000000000000000000000000001", "NaN",
        "Infinity", "-Infinity", "+7"};
    for (String text : fixed) {
      assertEquals(Double.parseDouble(text), parseDouble(text), text);
    }
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      String text = switch (i % 3) {
        case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong()));
        case 1 -> random.nextInt(2_000_000) - 1_000_000 + "." + random.nextInt(100_000);
        default -> (random.nextLong() % 100_000_000_000L) + "e" + (random.nextInt(60) - 30);
      };
      assertEquals(Double.parseDouble(text), parseDouble(text), text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "-", "e5", "1e", "1e+", "12,5x", "1d", "1f", "0x1p3", " 1", "nan", "Inf", "1..2"})
  void malformedDoublesAreRejected(String text) {
    MalformedFieldException e = assertThrows(MalformedFieldException.class, () -> parseDouble(text));
    assertEquals("\"" + text + "\" is not a double", e.getMessage());
  }

  @Test
  void datesAreEpochDaysForEveryDayOfFourCenturies() throws Exception {
    for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
      String text = day.toString();
      assertEquals(day.toEpochDay(), FieldParser.parseDate(b(text), 0, 10), text);
    }
    assertEquals(LocalDate.of(0, 1, 1).toEpochDay(), FieldParser.parseDate(b("0000-01-01"), 0, 10));
    assertEquals(LocalDate.of(9999, 12, 31).toEpochDay(), FieldParser.parseDate(b("9999-12-31"), 0, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-01",
      "20240401", "2024/04/01", "2024-04-0a", ""})
  void invalidDatesAreRejected(String text) {
    MalformedFieldException e = assertThrows(MalformedFieldException.class,
        () -> FieldParser.parseDate(b(text), 0, text.length()));
    assertEquals("\"" + text + "\" is not a date (yyyy-MM-dd)", e.getMessage());
  }

  @Test
  void leapDayOf2000Parses() throws Exception {
    assertEquals(LocalDate.of(2000, 2, 29).toEpochDay(), FieldParser.parseDate(b("2000-02-29"), 0, 10));
  }

  @Test
  void boolsIgnoreCase() throws Exception {
    assertEquals(true, FieldParser.parseBool(b("TRUE"), 0, 4));
    assertEquals(false, FieldParser.parseBool(b("False"), 0, 5));
    assertThrows(MalformedFieldException.class, () -> FieldParser.parseBool(b("yes"), 0, 3));
  }

  @Test
  void parsingHonoursOffsetAndLength() throws Exception {
    byte[] row = b("x|-17|2.5|1970-01-02|y");
    assertEquals(-17, FieldParser.parseInt(row, 2, 3));
    assertEquals(2.5, FieldParser.parseDouble(row, 6, 3));
    assertEquals(1, FieldParser.parseDate(row, 10, 10));
  }

  @Test
  void longValuesAreCutInMessages() {
    String text = "z".repeat(100);
    MalformedFieldException e = assertThrows(MalformedFieldException.class, () -> parseLong(text));
    assertEquals("\"" + "z".repeat(64) + "…\" is not a long", e.getMessage());
  }

  private static int parseInt(String s) throws MalformedFieldException {
    byte[] b = b(s);
    return FieldParser.parseInt(b, 0, b.length);
  }

  private static long parseLong(String s) throws MalformedFieldException {
    byte[] b = b(s);
    return FieldParser.parseLong(b, 0, b.length);
  }

  private static double parseDouble(String s) throws MalformedFieldException {
    byte[] b = b(s);
    return FieldParser.parseDouble(b, 0, b.length);
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
