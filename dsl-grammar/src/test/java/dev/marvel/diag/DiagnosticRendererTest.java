package dev.marvel.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
  private final DiagnosticRenderer renderer = new DiagnosticRenderer();

  private static Diagnostic error(SourceFile file, int start, int length, String label, String... help) {
    return new Diagnostic("E0301", Severity.ERROR, file, new Span(start, length), "unknown column `pagerank` in `r`",
        label, List.of(help));
  }

  /** LANGUAGE.md's example; its `9:46` disagrees with its own carets, which sit at column 54. */
  @Test
  void rendersTheLanguageDesignExample() {
    String line = "  best = join r, v on r.pageURL == v.destURL | where r.pagerank > 10";
    SourceFile file = new SourceFile("samples/bdb-join/bdb-join.mvl", "\n".repeat(8) + line + "\n");
    int start = 8 + line.indexOf("r.pagerank");
    String text = renderer.render(error(file, start, "r.pagerank".length(), "not a column of `r`",
        "did you mean `pageRank`? `r` has columns pageURL, pageRank, avgDuration"));
    assertEquals("""
        error[E0301]: unknown column `pagerank` in `r`
          --> samples/bdb-join/bdb-join.mvl:9:54
           |
         9 |   best = join r, v on r.pageURL == v.destURL | where r.pagerank > 10
           |                                                      ^^^^^^^^^^ not a column of `r`
           |
           = help: did you mean `pageRank`? `r` has columns pageURL, pageRank, avgDuration
        """, text);
  }

  @Test
  void widensTheGutterForMultiDigitLines() {
    SourceFile file = new SourceFile("x.mvl", "\n".repeat(122) + "abc def\n");
    assertEquals("""
        error[E0301]: unknown column `pagerank` in `r`
            --> x.mvl:123:5
             |
         123 | abc def
             |     ^^^ here
        """, renderer.render(error(file, 122 + 4, 3, "here")));
  }

  @Test
  void tabsKeepCaretsUnderTheText() {
    SourceFile file = new SourceFile("x.mvl", "\tx =\t\tbad\n");
    assertEquals("""
        error[E0301]: unknown column `pagerank` in `r`
          --> x.mvl:1:7
           |
         1 |     x =        bad
           |                ^^^ here
        """, renderer.render(error(file, 6, 3, "here")));
  }

  @Test
  void aSpanOverSeveralLinesUnderlinesTheFirstLineToItsEnd() {
    SourceFile file = new SourceFile("x.mvl", "a = b\n  | where c\n");
    assertEquals("""
        error[E0301]: unknown column `pagerank` in `r`
          --> x.mvl:1:5
           |
         1 | a = b
           |     ^ flow
        """, renderer.render(error(file, 4, 14, "flow")));
  }

  @Test
  void anEmptySpanGetsOneCaretAndNoLabelIsFine() {
    SourceFile file = new SourceFile("x.mvl", "abc");
    assertEquals("""
        error[E0301]: unknown column `pagerank` in `r`
          --> x.mvl:1:4
           |
         1 | abc
           |    ^
        """, renderer.render(error(file, 3, 0, "")));
  }

  @Test
  void aFileWithoutTextShowsOnlyItsName() {
    SourceFile file = new SourceFile("missing.mvl", "");
    Diagnostic d = new Diagnostic("E0901", Severity.ERROR, file, new Span(0, 0), "file `missing.mvl` not found", "",
        List.of("check the path"));
    assertEquals("""
        error[E0901]: file `missing.mvl` not found
          --> missing.mvl
           = help: check the path
        """, renderer.render(d));
  }

  @Test
  void aBugSaysItIsABug() {
    SourceFile file = new SourceFile("x.mvl", "abc\n");
    Diagnostic d = new Diagnostic("B0001", Severity.BUG, file, new Span(0, 1), "no plan for `abc`", "", List.of());
    assertEquals("""
        error[B0001]: internal compiler error: no plan for `abc`
          --> x.mvl:1:1
           |
         1 | abc
           | ^
           |
           = note: this is a bug in marvelc, please report it with the .mvl file that triggers it
        """, renderer.render(d));
  }

  @Test
  void warningsAndSummaries() {
    SourceFile file = new SourceFile("x.mvl", "abc\n");
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning("W0601", file, new Span(0, 3), "dataset `abc` is never used", "unused");
    assertEquals("""
        warning[W0601]: dataset `abc` is never used
          --> x.mvl:1:1
           |
         1 | abc
           | ^^^ unused

        warning: 1 warning emitted
        """, renderer.renderAll(diagnostics, "x.mvl"));
    assertEquals("error: could not check `x.mvl` due to 2 previous errors; 1 warning emitted",
        renderer.summary("x.mvl", 2, 1));
    assertEquals("error: could not check `x.mvl` due to 1 previous error", renderer.summary("x.mvl", 1, 0));
    assertEquals("", renderer.summary("x.mvl", 0, 0));
  }

  @Test
  void colourOnlyWhenAskedFor() {
    SourceFile file = new SourceFile("x.mvl", "abc\n");
    String coloured = new DiagnosticRenderer(true).render(error(file, 0, 3, "here"));
    assertTrue(coloured.contains("\u001b[1;31merror[E0301]\u001b[0m"), coloured);
    assertTrue(!renderer.render(error(file, 0, 3, "here")).contains("\u001b"));
  }
}
