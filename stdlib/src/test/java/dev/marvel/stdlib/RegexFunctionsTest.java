package dev.marvel.stdlib;

import static dev.marvel.stdlib.RegexFunctions.regexExtract;
import static dev.marvel.stdlib.RegexFunctions.regexMatches;
import static dev.marvel.stdlib.RegexFunctions.regexReplace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexFunctionsTest {

  @Test
  void matchesAreEveryFindAsTheWholeMatch() {
    assertEquals(List.of("dfs", "dfsadmin"), regexMatches("use dfs and dfsadmin", "dfs[a-z]*"));
    assertEquals(List.of("ab12", "ab3"), regexMatches("ab12 xab3", "a(b)\\d+"));
    assertEquals(List.of(), regexMatches("nothing here", "\\d+"));
    assertEquals(List.of(), regexMatches("", "x"));
  }

  @Test
  void matchesDoNotOverlapAndIncludeEmptyMatchesLikeJavaFind() {
    assertEquals(List.of("aa", "aa"), regexMatches("aaaaa", "aa"));
    assertEquals(List.of("a", "", "a", ""), regexMatches("aba", "a*"));
    assertEquals(List.of(""), regexMatches("", "x*"));
  }

  @Test
  void matchesSeeUnicode() {
    assertEquals(List.of("café"), regexMatches("un café", "caf\\p{L}"));
    assertEquals(List.of("\uD83D\uDE00"), regexMatches("x\uD83D\uDE00y", "[^xy]"));
  }

  @Test
  void extractTakesAGroupOfTheFirstMatch() {
    assertEquals("2020", regexExtract("from 2020-05 to 2021-06", "(\\d{4})-(\\d{2})", 1));
    assertEquals("05", regexExtract("from 2020-05 to 2021-06", "(\\d{4})-(\\d{2})", 2));
    assertEquals("2020-05", regexExtract("from 2020-05 to 2021-06", "(\\d{4})-(\\d{2})", 0));
    assertNull(regexExtract("no digits", "(\\d+)", 1));
    assertNull(regexExtract("b", "(a)?b", 1), "group that took no part");
  }

  @Test
  void extractOfAMissingGroupSaysSo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> regexExtract("abc", "(a)", 2));
    assertEquals("regex_extract: pattern `(a)` has 1 group(s), so group 2 does not exist",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> regexExtract("abc", "(a)", -1));
  }

  @Test
  void replaceRewritesEveryMatchWithGroupReferences() {
    assertEquals("b-a d-c", regexReplace("a-b c-d", "(\\w)-(\\w)", "$2-$1"));
    assertEquals("x.x", regexReplace("1.22", "\\d+", "x"));
    assertEquals("$5", regexReplace("5", "(\\d)", "\\$$1"));
    assertEquals("", regexReplace("", "a", "b"));
  }

  @Test
  void aBadReplacementIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> regexReplace("a", "a", "$2"));
    assertTrue(e.getMessage().startsWith("regex_replace: bad replacement `$2` for pattern `a`"),
        e.getMessage());
  }

  @Test
  void anInvalidPatternIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> regexMatches("a", "(unclosed"));
    assertTrue(e.getMessage().startsWith("invalid regular expression `(unclosed`: "),
        e.getMessage());
  }

  @Test
  void patternsAreCompiledOnceAndTheCacheStaysBounded() {
    assertSame(PatternCache.compiled("x+y"), PatternCache.compiled("x+y"));
    for (int i = 0; i < 3 * PatternCache.CAPACITY; i++) {
      PatternCache.compiled("p" + i);
    }
    assertTrue(PatternCache.size() <= PatternCache.CAPACITY, "size " + PatternCache.size());
    assertEquals(List.of("p1"), regexMatches("p1", "p\\d"));
  }
}
