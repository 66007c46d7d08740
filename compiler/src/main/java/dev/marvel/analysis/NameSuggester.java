package dev.marvel.analysis;

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
      int d = distance(lower, c.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: inserts, deletes, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
