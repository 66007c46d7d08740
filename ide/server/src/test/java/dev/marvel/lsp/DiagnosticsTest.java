package dev.marvel.lsp;

import static dev.marvel.lsp.LspSession.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Diagnostics are published on open and on every change, exactly as the compiler reports them, and cleared when fixed. */
class DiagnosticsTest {

  @Test
  void syntaxErrorIsPublishedOnOpenAndClearedWhenFixed() throws Exception {
    String broken = Texts.WORDCOUNT.replace("aggregate n", "agregate n");
    try (LspSession s = new LspSession()) {
      PublishDiagnosticsParams opened = s.open(broken);
      assertEquals(LspSession.URI, opened.getUri());
      assertEquals(1, opened.getDiagnostics().size(), opened.toString());
      Diagnostic d = opened.getDiagnostics().get(0);
      assertEquals("E0012", d.getCode().getLeft());
      assertEquals(DiagnosticSeverity.Error, d.getSeverity());
      assertEquals("expected `aggregate` or `,`, found `agregate`\nhelp: did you mean `aggregate`?", d.getMessage());
      assertEquals(new Range(at(broken, "agregate", 0), at(broken, "agregate", "agregate".length())), d.getRange());

      PublishDiagnosticsParams fixed = s.replace(Texts.WORDCOUNT);
      assertEquals(List.of(), fixed.getDiagnostics());
      assertTrue(s.client.logs.isEmpty(), s.client.logs.toString());
    }
  }

  @Test
  void analysisErrorPointsAtTheUnknownColumn() throws Exception {
    String wrong = Texts.BDB_JOIN.replace("avg(r.pageRank)", "avg(r.pagerank)");
    try (LspSession s = new LspSession()) {
      List<Diagnostic> ds = s.open(wrong).getDiagnostics();
      assertEquals(1, ds.size(), ds.toString());
      Diagnostic d = ds.get(0);
      assertEquals("E0301", d.getCode().getLeft());
      assertEquals(new Range(at(wrong, "r.pagerank", 2), at(wrong, "r.pagerank", "r.pagerank".length())), d.getRange());
      assertTrue(d.getMessage().startsWith("unknown column `pagerank`"), d.getMessage());
      assertTrue(d.getMessage().contains("help: did you mean `pageRank`?"), d.getMessage());
    }
  }

  @Test
  void rangesCountUtf16CharactersAsLspDoes() throws Exception {
    // each emoji is two UTF-16 chars: the column after them is 4 more, not 2
    String wrong = Texts.WORDCOUNT.replace("| group by word", "| where line != \"\uD83D\uDE00\uD83D\uDE00\" or lin > 1\n         | group by word");
    try (LspSession s = new LspSession()) {
      List<Diagnostic> ds = s.open(wrong).getDiagnostics();
      assertEquals(1, ds.size(), ds.toString());
      assertEquals(new Range(at(wrong, "lin >", 0), at(wrong, "lin >", 3)), ds.get(0).getRange());
      // 9 spaces + `| where line != "` (17) + two emoji (4 chars) + `" or ` (5)
      assertEquals(35, ds.get(0).getRange().getStart().getCharacter());
    }
  }

  @Test
  void warningsAreWarnings() throws Exception {
    String unused = Texts.WORDCOUNT.replace("output: path)", "output: path, k: int = 3)");
    try (LspSession s = new LspSession()) {
      List<Diagnostic> ds = s.open(unused).getDiagnostics();
      assertEquals(1, ds.size(), ds.toString());
      assertEquals(DiagnosticSeverity.Warning, ds.get(0).getSeverity());
      assertTrue(ds.get(0).getCode().getLeft().startsWith("W06"), ds.toString());
    }
  }
}
