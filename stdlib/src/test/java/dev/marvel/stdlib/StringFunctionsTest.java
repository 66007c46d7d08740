package dev.marvel.stdlib;

import static dev.marvel.stdlib.StringFunctions.concat;
import static dev.marvel.stdlib.StringFunctions.contains;
import static dev.marvel.stdlib.StringFunctions.endsWith;
import static dev.marvel.stdlib.StringFunctions.length;
import static dev.marvel.stdlib.StringFunctions.lower;
import static dev.marvel.stdlib.StringFunctions.replace;
import static dev.marvel.stdlib.StringFunctions.split;
import static dev.marvel.stdlib.StringFunctions.startsWith;
import static dev.marvel.stdlib.StringFunctions.substr;
import static dev.marvel.stdlib.StringFunctions.tokenize;
import static dev.marvel.stdlib.StringFunctions.trim;
import static dev.marvel.stdlib.StringFunctions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

  private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, two UTF-16 units

  @Test
  void caseMappingIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("title", lower("TITLE"));
      assertEquals("TITLE", upper("title"));
    } finally {
      Locale.setDefault(before);
    }
    assertEquals("straße", lower("STRAßE"));
    assertEquals("STRASSE", upper("straße"));
    assertEquals("", lower(""));
    assertEquals("a1!", lower("A1!"));
  }

  @Test
  void trimRemovesUnicodeWhiteSpaceOnBothEnds() {
    assertEquals("a b", trim(" \t a b \r\n"));
    assertEquals("x", trim("\u2003x\u2003"));
    assertEquals("", trim("   "));
    assertEquals("", trim(""));
  }

  @Test
  void lengthCountsCodePoints() {
    assertEquals(0, length(""));
    assertEquals(3, length("abc"));
    assertEquals(4, length("café"));
    assertEquals(3, length("a" + EMOJI + "b"));
  }

  @Test
  void substrIsOneBasedLikeSql() {
    assertEquals("158.112.", substr("158.112.27.3", 1, 8));
    assertEquals("bc", substr("abcd", 2, 2));
    assertEquals("abcd", substr("abcd", 1, 100));
    assertEquals("d", substr("abcd", 4, 1));
  }

  @Test
  void substrCornerCasesFollowTheSqlStandardAndNeverThrow() {
    assertEquals("a", substr("abc", 0, 2), "start 0 eats one of the length");
    assertEquals("", substr("abc", -5, 3));
    assertEquals("ab", substr("abc", -1, 4));
    assertEquals("", substr("abc", 4, 1), "start just past the end");
    assertEquals("", substr("abc", 100, 1));
    assertEquals("", substr("abc", 2, 0));
    assertEquals("", substr("abc", 2, -1), "negative length is empty, not an error");
    assertEquals("", substr("", 1, 1));
    assertEquals("bc", substr("abc", 2, Integer.MAX_VALUE));
    assertEquals("", substr("abc", Integer.MIN_VALUE, Integer.MAX_VALUE), "window ends at 0");
    assertEquals("abc", substr("abc", -2, 6));
    assertEquals("", substr("abc", Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  @Test
  void substrCountsCodePoints() {
    assertEquals(EMOJI + "b", substr("a" + EMOJI + "bc", 2, 2));
    assertEquals("é", substr("café", 4, 1));
    assertEquals("c", substr(EMOJI + EMOJI + "c", 3, 5));
  }

  @Test
  void concatJoinsInOrder() {
    assertEquals("ab", concat("a", "b"));
    assertEquals("a", concat("a", ""));
    assertEquals("", concat("", ""));
  }

  @Test
  void replaceIsLiteralAndIgnoresAnEmptySearch() {
    assertEquals("a-b-c", replace("a.b.c", ".", "-"));
    assertEquals("xx", replace("aaaa", "aa", "x"));
    assertEquals("abc", replace("abc", "", "x"));
    assertEquals("$1", replace("a", "a", "$1"));
    assertEquals("", replace("aaa", "a", ""));
  }

  @Test
  void prefixSuffixAndContainment() {
    assertTrue(startsWith("http://x", "http"));
    assertTrue(startsWith("abc", ""));
    assertFalse(startsWith("ab", "abc"));
    assertTrue(endsWith("file.csv", ".csv"));
    assertTrue(endsWith("", ""));
    assertFalse(endsWith("csv", ".csv"));
    assertTrue(contains("hello", "ll"));
    assertTrue(contains("hello", ""));
    assertFalse(contains("hello", "L"));
    assertFalse(contains("a.b", ".*"));
  }

  @Test
  void splitIsLiteralAndKeepsEmptyFields() {
    assertEquals(List.of("a", "", "b", ""), split("a,,b,", ","));
    assertEquals(List.of("a", "b"), split("a.b", "."));
    assertEquals(List.of("", "x", ""), split("::x::", "::"));
    assertEquals(List.of(""), split("", ","));
    assertEquals(List.of("abc"), split("abc", ""));
    assertEquals(List.of("abc"), split("abc", ";"));
    assertEquals(List.of("é", "ü"), split("é" + EMOJI + "ü", EMOJI));
  }

  @Test
  void tokenizeFindsRunsOfAsciiLetters() {
    assertEquals(List.of("Hello", "World"), tokenize("Hello, World!"));
    assertEquals(List.of("don", "t"), tokenize("don't"));
    assertEquals(List.of("rd", "b"), tokenize("3rd 42 b"));
    assertEquals(List.of("caf", "na", "ve"), tokenize("café naïve"));
    assertEquals(List.of(), tokenize(""));
    assertEquals(List.of(), tokenize(" 123 ... \r\n"));
    assertEquals(List.of("a"), tokenize("a"));
    assertEquals(List.of("x", "y"), tokenize("x" + EMOJI + "y\r"));
    assertEquals(List.of("AbC"), tokenize("_AbC_"));
  }
}
