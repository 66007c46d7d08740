package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.diag.EditDistance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {
  private static final List<String> COLUMNS = List.of("pageURL", "pageRank", "avgDuration");

  @Test
  void prefersTheNameThatDiffersOnlyInCase() {
    assertEquals(Optional.of("pageRank"), NameSuggester.closest("pagerank", COLUMNS));
  }

  @Test
  void findsSwapsAndTypos() {
    assertEquals(Optional.of("pageRank"), NameSuggester.closest("pageRnak", COLUMNS));
    assertEquals(Optional.of("avgDuration"), NameSuggester.closest("avgDuraton", COLUMNS));
  }

  @Test
  void suggestsNothingForFarOrTinyNames() {
    assertEquals(Optional.empty(), NameSuggester.closest("visitDate", COLUMNS));
    assertEquals(Optional.empty(), NameSuggester.closest("x", List.of("y", "z")));
  }

  @Test
  void breaksTiesAlphabetically() {
    assertEquals(Optional.of("cat"), NameSuggester.closest("bat", List.of("hat", "cat")));
  }

  @Test
  void countsAnAdjacentSwapAsOneEdit() {
    assertEquals(1, EditDistance.between("ab", "ba"));
    assertEquals(1, EditDistance.between("pageRank", "pageRnak"));
    assertEquals(2, EditDistance.between("pageRank", "pgaeRnak"));
  }
}
