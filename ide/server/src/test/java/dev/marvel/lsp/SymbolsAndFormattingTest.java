package dev.marvel.lsp;

import static dev.marvel.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The outline, and Format Document through the canonical formatter. */
class SymbolsAndFormattingTest {

  @Test
  void documentSymbolsListSchemasPipelinesParametersAndDatasets() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(Texts.BDB_JOIN);
      List<DocumentSymbol> symbols = get(s.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(LspSession.doc())))
          .stream().map(Either::getRight).toList();
      assertEquals(List.of("Rankings", "UserVisits", "bdb_join"), symbols.stream().map(DocumentSymbol::getName).toList());
      assertEquals(List.of("pageURL", "pageRank", "avgDuration"), names(symbols.get(0).getChildren()));
      assertEquals(List.of("rankings", "uservisits", "output", "start", "end", "r", "v", "best"), names(symbols.get(2).getChildren()));
      assertEquals("pipeline", symbols.get(2).getDetail());
    }
  }

  @Test
  void formattingIsIdempotent() throws Exception {
    String messy = "pipeline wc(input:path,output:path){\ncounts=read text(input)|explode word=tokenize(lower(line))\n"
        + "|group by word aggregate n=count()\nwrite counts to tsv(output)}\n";
    try (LspSession s = new LspSession()) {
      s.open(messy);
      List<? extends TextEdit> edits = format(s);
      assertEquals(1, edits.size());
      String formatted = edits.get(0).getNewText();
      assertEquals("""
          pipeline wc(input: path, output: path) {
            counts = read text(input)
                   | explode word = tokenize(lower(line))
                   | group by word aggregate n = count()
            write counts to tsv(output)
          }
          """, formatted);
      s.replace(formatted);
      assertEquals(List.of(), format(s));
    }
  }

  @Test
  void aDocumentWithSyntaxErrorsIsNotFormatted() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open("pipeline wc(input: path) {\n  x = read text(input) |\n}\n");
      assertEquals(List.of(), format(s));
    }
  }

  private static List<? extends TextEdit> format(LspSession s) throws Exception {
    return get(s.server.getTextDocumentService().formatting(new DocumentFormattingParams(LspSession.doc(), new FormattingOptions(2, true))));
  }

  private static List<String> names(List<DocumentSymbol> symbols) {
    return symbols.stream().map(DocumentSymbol::getName).toList();
  }
}
