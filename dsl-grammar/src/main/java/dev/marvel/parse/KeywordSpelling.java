package dev.marvel.parse;

import java.util.Optional;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Finds the keyword a misspelt word was probably meant to be ({@code agregate} → {@code aggregate}). */
final class KeywordSpelling {
  private KeywordSpelling() {}

  /** The closest keyword among {@code candidates}, if it is close enough to be a likely typo. */
  static Optional<String> closest(String word, IntervalSet candidates) {
    if (word.length() < 3) {
      return Optional.empty();
    }
    String lower = word.toLowerCase();
    int allowed = lower.length() >= 6 ? 2 : 1;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int type : candidates.toList()) {
      if (!TokenWords.isKeyword(type)) {
        continue;
      }
      String keyword = TokenWords.symbol(type);
      int d = distance(lower, keyword);
      if (d <= allowed && d < bestDistance) {
        best = keyword;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: edits are insert, delete, replace and swap of neighbours. */
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
