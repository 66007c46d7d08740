package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadRecordPolicyTest {
  @Test
  void parsesTheThreeForms() {
    assertEquals(BadRecordPolicy.FAIL, BadRecordPolicy.parse("fail"));
    assertEquals(BadRecordPolicy.SKIP, BadRecordPolicy.parse("skip"));
    assertEquals(BadRecordPolicy.skipAtMost(100), BadRecordPolicy.parse("skip:100"));
    assertEquals("skip:100", BadRecordPolicy.parse("skip:100").toString());
    assertEquals("skip", BadRecordPolicy.SKIP.toString());
    assertEquals("fail", BadRecordPolicy.FAIL.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ignore", "skip:", "skip:-1", "skip:many", "FAIL:3"})
  void rejectsAnythingElseSayingWhatIsAccepted(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BadRecordPolicy.parse(text));
    assertEquals("bad-record policy '" + text
        + "' is not one of: fail, skip, skip:N (N >= 0 bad records skipped per task)", e.getMessage());
  }
}
