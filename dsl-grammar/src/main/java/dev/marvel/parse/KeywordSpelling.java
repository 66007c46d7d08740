package dev.marvel.parse;

import dev.marvel.diag.EditDistance;
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
      int d = EditDistance.between(lower, keyword);
      if (d <= allowed && d < bestDistance) {
        best = keyword;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
