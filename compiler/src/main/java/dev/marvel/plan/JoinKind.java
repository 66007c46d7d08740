package dev.marvel.plan;

import java.util.Locale;

/** Which unmatched rows a join keeps (null-extended): none, the left's, the right's, or both. */
public enum JoinKind {
  INNER, LEFT, RIGHT, FULL;

  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether every row of the left input appears in the output. */
  public boolean preservesLeft() {
    return this == LEFT || this == FULL;
  }

  public boolean preservesRight() {
    return this == RIGHT || this == FULL;
  }
}
