package dev.marvel.lsp;

import static dev.marvel.lsp.LspSession.at;
import static dev.marvel.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/** Go to definition, find references and rename of datasets and parameters. */
class NavigationTest {
  private static final String TEXT = Texts.BDB_JOIN;

  private static Range word(String marker, int delta, int length) {
    return new Range(at(TEXT, marker, delta), at(TEXT, marker, delta + length));
  }

  @Test
  void definitionOfADatasetJumpsToItsDeclaration() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      List<? extends Location> locations = get(s.server.getTextDocumentService()
          .definition(new DefinitionParams(LspSession.doc(), at(TEXT, "join r,", 5)))).getLeft();
      assertEquals(List.of(new Location(LspSession.URI, word("  r = read", 2, 1))), locations);
    }
  }

  @Test
  void definitionOfAParameterJumpsToThePipelineHeader() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      List<? extends Location> locations = get(s.server.getTextDocumentService()
          .definition(new DefinitionParams(LspSession.doc(), at(TEXT, "and end", 5)))).getLeft();
      assertEquals(List.of(new Location(LspSession.URI, word("end: date", 0, 3))), locations);
    }
  }

  @Test
  void referencesOfADatasetIncludeJoinQualifiers() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      List<? extends Location> refs = get(s.server.getTextDocumentService().references(
          new ReferenceParams(LspSession.doc(), at(TEXT, "  r = read", 2), new ReferenceContext(true))));
      List<Range> expected = List.of(word("  r = read", 2, 1), word("join r,", 5, 1), word("r.pageURL", 0, 1),
          word("r.pageRank)", 0, 1));
      assertEquals(expected, refs.stream().map(Location::getRange).toList());
      List<? extends Location> withoutDeclaration = get(s.server.getTextDocumentService().references(
          new ReferenceParams(LspSession.doc(), at(TEXT, "  r = read", 2), new ReferenceContext(false))));
      assertEquals(expected.subList(1, 4), withoutDeclaration.stream().map(Location::getRange).toList());
    }
  }

  @Test
  void renameADatasetEverywhere() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      WorkspaceEdit edit = get(s.server.getTextDocumentService()
          .rename(new RenameParams(LspSession.doc(), at(TEXT, "write best", 7), "top")));
      List<TextEdit> edits = edit.getChanges().get(LspSession.URI);
      assertEquals(List.of(word("best =", 0, 4), word("write best", 6, 4)), edits.stream().map(TextEdit::getRange).toList());
      assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("top")));
    }
  }

  @Test
  void renameRefusesBadNames() throws Exception {
    try (LspSession s = new LspSession()) {
      s.open(TEXT);
      Position onR = at(TEXT, "  r = read", 2);
      assertRefused(s, onR, "2fast", "is not a valid name");
      assertRefused(s, onR, "select", "is a keyword");
      assertRefused(s, onR, "v", "already has a dataset named `v`");
      assertRefused(s, at(TEXT, "and end", 5), "finish", "Only datasets can be renamed");
    }
  }

  private static void assertRefused(LspSession s, Position p, String name, String why) throws Exception {
    try {
      get(s.server.getTextDocumentService().rename(new RenameParams(LspSession.doc(), p, name)));
    } catch (ExecutionException e) {
      assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
      String message = ((ResponseErrorException) e.getCause()).getResponseError().getMessage();
      assertTrue(message.contains(why), message);
      return;
    }
    throw new AssertionError("renaming to " + name + " was not refused");
  }

}
