package dev.marvel.analysis;

import dev.marvel.diag.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a user probably meant ("did you mean"). A name that differs only in case wins;
 * otherwise the closest by optimal-string-alignment distance (Damerau–Levenshtein with adjacent
 * swaps), at most 2 edits (1 for names of up to 4 letters, none for one letter, so that {@code x}
 * never suggests {@code y}). Ties go to the alphabetically first name, so messages are deterministic.
 */
public final class NameSuggester {
  private static final int MAX_EDITS = 2;

  private NameSuggester() {}

  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String lower = wrong.toLowerCase(Locale.ROOT);
    Optional<String> sameIgnoringCase = candidates.stream()
        .filter(c -> !c.equals(wrong) && c.toLowerCase(Locale.ROOT).equals(lower))
        .sorted().findFirst();
    if (sameIgnoringCase.isPresent()) {
      return sameIgnoringCase;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = wrong.length() <= 1 ? 0 : wrong.length() <= 4 ? 1 : MAX_EDITS;
    for (String c : candidates.stream().sorted().toList()) {
      if (c.equals(wrong)) {
        continue;
      }
      int d = EditDistance.between(lower, c.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
