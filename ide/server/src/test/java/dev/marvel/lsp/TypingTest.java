package dev.marvel.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Types the samples one character at a time, as incremental edits, and after every keystroke asks
 * for completion, hover and definition at the cursor: no request may fail and nothing may be
 * logged as a crash, whatever half-typed text the server sees.
 */
class TypingTest {

  @Test
  void everyPrefixOfEverySampleIsAnsweredWithoutError() throws Exception {
    Random random = new Random(20261126);
    for (String sample : List.of("bdb-join/bdb-join.mvl", "wordcount/wordcount.mvl", "grep/grep.mvl",
        "bdb-aggregation/bdb-aggregation.mvl", "bdb-scan/bdb-scan.mvl")) {
      String text = Files.readString(Path.of("../../samples").resolve(sample));
      try (LspSession s = new LspSession()) {
        s.open("");
        int line = 0;
        int character = 0;
        int version = 1;
        PublishDiagnosticsParams last = null;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          Position here = new Position(line, character);
          s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(LspSession.URI, ++version),
              List.of(new TextDocumentContentChangeEvent(new Range(here, here), String.valueOf(c)))));
          last = s.client.nextDiagnostics();
          if (c == '\n') {
            line++;
            character = 0;
          } else {
            character++;
          }
          Position cursor = new Position(line, character);
          // sometimes ask a little behind or past the cursor, as editors do while the user types fast
          Position asked = random.nextInt(4) == 0 ? new Position(line, Math.max(0, character + random.nextInt(5) - 2)) : cursor;
          answered(s.server.getTextDocumentService().completion(new CompletionParams(LspSession.doc(), asked)));
          answered(s.server.getTextDocumentService().hover(new HoverParams(LspSession.doc(), asked)));
          answered(s.server.getTextDocumentService().definition(new DefinitionParams(LspSession.doc(), asked)));
        }
        assertEquals(List.of(), s.client.logs, sample + ": the server logged failures");
        // the edits were applied exactly: the fully typed sample is a correct program
        assertEquals(List.of(), last.getDiagnostics(), sample);
      }
    }
  }

  private static void answered(CompletableFuture<?> request) throws Exception {
    LspSession.get(request);
  }
}
