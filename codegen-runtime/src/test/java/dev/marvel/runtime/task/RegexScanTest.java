package dev.marvel.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.stdlib.RegexFunctions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RegexScan over a line's bytes gives the stdlib's {@code regex_matches} of the decoded line, as
 * Strings and as UTF-8 bytes, whether the line is ASCII (matched through a byte view) or not
 * (decoded), including malformed UTF-8.
 */
class RegexScanTest {
  private static final List<String> PATTERNS = List.of("qu[a-z]+", "q", "[a-zé]*u", "\\w+", "é+", ".\\b", "u{2,}");

  @Test
  void matchesAreThoseOfRegexMatchesOnTheDecodedLine() {
    Random random = new Random(11);
    byte[][] pieces = {bytes("qu"), bytes("u"), bytes("a"), bytes(" "), bytes("é"), bytes("日"), bytes("Q"),
        {(byte) 0xC3}, {(byte) 0xFF}, bytes("quux")};
    for (String pattern : PATTERNS) {
      RegexScan scan = new RegexScan(pattern);
      for (int round = 0; round < 500; round++) {
        // Each line sits inside a bigger buffer, as the line reader hands it out.
        List<Byte> line = new ArrayList<>();
        for (int n = random.nextInt(12); n > 0; n--) {
          for (byte b : pieces[random.nextInt(pieces.length)]) {
            line.add(b);
          }
        }
        byte[] buffer = new byte[line.size() + 6];
        for (int i = 0; i < line.size(); i++) {
          buffer[3 + i] = line.get(i);
        }
        ByteSlice text = new ByteSlice(buffer, 3, line.size());
        List<String> expected = RegexFunctions.regexMatches(text.toString(), pattern);
        List<String> strings = new ArrayList<>();
        List<String> fromBytes = new ArrayList<>();
        if (scan.reset(text)) {
          while (scan.find()) {
            strings.add(scan.match());
            fromBytes.add(scan.matchBytes().toString());
          }
        }
        assertEquals(expected, strings, pattern + " on " + text);
        assertEquals(expected, fromBytes, pattern + " on " + text + " (bytes)");
      }
    }
  }

  @Test
  void linesWithoutTheRequiredLiteralAreSkipped() {
    RegexScan scan = new RegexScan("qu[a-z]+");
    assertFalse(scan.reset(ByteSlice.of("q u Quiet? no: QU")));
  }

  @Test
  void asciiMatchesAreViewsIntoTheLine() {
    RegexScan scan = new RegexScan("qu[a-z]+");
    ByteSlice line = ByteSlice.of("a quick quiz");
    scan.reset(line);
    scan.find();
    ByteSlice match = scan.matchBytes();
    assertEquals(line.bytes(), match.bytes());
    assertEquals("quick", match.toString());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
