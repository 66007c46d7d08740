package dev.marvel.stdlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

  @Test
  void requiredLiterals() {
    assertEquals("cap", RequiredLiteral.of("cap[a-z]*").orElseThrow());
    assertEquals("ale", RequiredLiteral.of("Wh?ale").orElseThrow());
    assertEquals("ca", RequiredLiteral.of("ca+p").orElseThrow());
    assertEquals("a.b", RequiredLiteral.of("xx?a\\.b").orElseThrow());
    assertTrue(RequiredLiteral.of("(se|SE)A").isEmpty(), "alternation anywhere: no literal");
    assertTrue(RequiredLiteral.of("a|b").isEmpty());
    assertTrue(RequiredLiteral.of("(?i)abc").isEmpty());
    assertTrue(RequiredLiteral.of("a*").isEmpty());
    assertTrue(RequiredLiteral.of("[abc]+\\d").isEmpty());
  }

  @Test
  void lineBytesOnlyForLiteralsALinesBytesMustHold() {
    assertArrayEquals(new byte[] {'q', 'u'}, RequiredLiteral.inLineBytes("qu[a-z]+").orElseThrow());
    assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9}, RequiredLiteral.inLineBytes("é+").orElseThrow());
    assertTrue(RequiredLiteral.inLineBytes("a\nb").isEmpty(), "no line holds a line end");
    assertTrue(RequiredLiteral.inLineBytes("x\rb").isEmpty(), "no line holds a line end");
    assertTrue(RequiredLiteral.inLineBytes("\uFFFD").isEmpty(), "malformed bytes decode to U+FFFD");
    assertTrue(RequiredLiteral.inLineBytes("a|b").isEmpty());
  }

  /** The promise the prefilter relies on: every match of the pattern contains the literal. */
  @Test
  void everyMatchContainsTheLiteral() {
    Random random = new Random(3);
    List<String> patterns = List.of("cap[a-z]*", "ab+c", "x?yz", "a\\.b*", "(q)uu+x", "[0-9]qu", "k{2}ab",
        "\\x61bc", "\\x{62}ca", "\\u0071u+", "\\0141bc", "zz?\\p{Lower}ab", "\\p{L}+qu", "(a)\\1bc", "\\cAab",
        "\\Qa.b\\Ec", "\\N{LATIN SMALL LETTER A}bc");
    for (String pattern : patterns) {
      String literal = RequiredLiteral.of(pattern).orElseThrow(() -> new AssertionError(pattern));
      Matcher m = Pattern.compile(pattern).matcher("");
      for (int i = 0; i < 2000; i++) {
        StringBuilder text = new StringBuilder();
        for (int c = random.nextInt(30); c > 0; c--) {
          text.append("abcpqukxyz.0123".charAt(random.nextInt(15)));
        }
        m.reset(text);
        while (m.find()) {
          assertTrue(m.group().contains(literal), pattern + " matched " + m.group() + " without " + literal);
        }
      }
    }
  }
}
