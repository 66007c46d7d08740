package dev.marvel.lsp;

import static dev.marvel.lsp.LspSession.at;
import static dev.marvel.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Completion while typing: the text around the cursor usually does not parse. */
class CompletionTest {

  private static List<CompletionItem> complete(LspSession s, Position p) throws Exception {
    return get(s.server.getTextDocumentService().completion(new CompletionParams(LspSession.doc(), p))).getLeft();
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  @Test
  void afterTheJoinSideNamesAreGone() throws Exception {
    // after `group by` the rows are (sourceIP, totalRevenue, avgPageRank): `r.` names nothing
    String typing = Texts.BDB_JOIN.replace("       | order by", "       | where r.\n       | order by");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      assertEquals(List.of(), complete(s, at(typing, "where r.", "where r.".length())));
    }
  }

  @Test
  void afterAJoinSideAndDotTheColumnsOfThatSide() throws Exception {
    String typing = Texts.BDB_JOIN.replace("       | group by", "       | where r.\n       | group by");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      List<CompletionItem> items = complete(s, at(typing, "where r.", "where r.".length()));
      assertEquals(List.of("pageURL", "pageRank", "avgDuration"), labels(items));
      assertEquals("int", items.get(1).getDetail());
    }
  }

  @Test
  void afterTheOtherSideItsColumnsAndAPrefixFilters() throws Exception {
    String typing = Texts.BDB_JOIN.replace("on r.pageURL == v.destURL", "on r.pageURL == v.d");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      assertEquals(List.of("destURL", "duration"), labels(complete(s, at(typing, "v.d", 3))));
    }
  }

  @Test
  void functionsComeWithSignatureAndDoc() throws Exception {
    String typing = Texts.WORDCOUNT.replace("tokenize(lower(line))", "tokenize(lo");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      List<CompletionItem> items = complete(s, at(typing, "tokenize(lo", "tokenize(lo".length()));
      CompletionItem lower = items.stream().filter(i -> i.getLabel().equals("lower")).findFirst().orElseThrow();
      assertEquals("lower(s: string): string", lower.getDetail());
      assertTrue(lower.getDocumentation().getRight().getValue().length() > 10, lower.toString());
    }
  }

  @Test
  void expressionsOfferColumnsParametersAndKeywords() throws Exception {
    String typing = Texts.WORDCOUNT.replace("| group by word aggregate n = count()", "| where ");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      List<String> labels = labels(complete(s, at(typing, "| where ", "| where ".length())));
      assertTrue(labels.containsAll(List.of("line", "word", "input", "output", "lower", "not", "case")), labels.toString());
    }
  }

  @Test
  void afterAPipeTheOperators() throws Exception {
    String typing = Texts.WORDCOUNT.replace("| group by word aggregate n = count()", "| ");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      assertEquals(List.of("where", "filter", "select", "extend", "explode", "group", "aggregate", "distinct", "order", "limit"),
          labels(complete(s, at(typing, "| \n", 2))));
    }
  }

  @Test
  void sourcesDatasetsSchemasAndTopLevelKeywords() throws Exception {
    String typing = Texts.BDB_JOIN.replace("best = join r, v on", "best = join r, ").replace(" r.pageURL == v.destURL\n", "\n");
    try (LspSession s = new LspSession()) {
      s.open(typing);
      assertTrue(labels(complete(s, at(typing, "join r, ", "join r, ".length()))).containsAll(List.of("r", "v", "broadcast")));
      assertEquals(List.of("Rankings", "UserVisits"), labels(complete(s, at(typing, "as Rankings", 3))));
      assertEquals(List.of("pipeline", "schema", "use"), labels(complete(s, new org.eclipse.lsp4j.Position(0, 0))));
    }
  }
}
