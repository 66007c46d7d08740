package dev.marvel.lsp;

import static dev.marvel.lsp.LspSession.at;
import static dev.marvel.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Hover shows types, schemas and function docs from the analysis. */
class HoverTest {
  private static final String TEXT = Texts.BDB_JOIN;

  private static Hover hover(LspSession s, Position p) throws Exception {
    return get(s.server.getTextDocumentService().hover(new HoverParams(LspSession.doc(), p)));
  }

  @Test
  void aColumnShowsItsType() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      Hover h = hover(s, at(TEXT, "r.pageRank)", 4));
      assertEquals("```marvel\nr.pageRank: int\n```\ncolumn of the rows in scope", h.getContents().getRight().getValue());
      assertEquals(new Range(at(TEXT, "r.pageRank)", 0), at(TEXT, "r.pageRank)", 10)), h.getRange());
    }
  }

  @Test
  void anExpressionShowsItsType() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      Hover h = hover(s, at(TEXT, "between start", 0));
      assertEquals("```marvel\nvisitDate between start and end: bool\n```", h.getContents().getRight().getValue());
    }
  }

  @Test
  void aFunctionShowsItsSignatureAndDoc() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(Texts.WORDCOUNT);
      String value = hover(s, at(Texts.WORDCOUNT, "lower(", 2)).getContents().getRight().getValue();
      assertTrue(value.startsWith("```marvel\nlower(s: string): string\n```\n"), value);
    }
  }

  @Test
  void aDatasetShowsItsSchemaAndAParameterItsDeclaration() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      assertEquals("```marvel\ndataset best (sourceIP: string, totalRevenue: double, avgPageRank: double)\n```",
          hover(s, at(TEXT, "write best", 7)).getContents().getRight().getValue());
      assertEquals("```marvel\nparameter start: date = \"1980-01-01\"\n```",
          hover(s, at(TEXT, "start and", 1)).getContents().getRight().getValue());
      assertEquals("```marvel\nschema Rankings (pageURL: string, pageRank: int, avgDuration: int)\n```",
          hover(s, at(TEXT, "as Rankings", 4)).getContents().getRight().getValue());
    }
  }

  @Test
  void nothingToSayIsNull() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      assertNull(hover(s, at(TEXT, "pipeline", 2)));
    }
  }
}
