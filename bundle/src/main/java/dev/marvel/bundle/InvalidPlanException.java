package dev.marvel.bundle;

import java.util.List;

/**
 * A plan that breaks the format's rules. Each problem names its JSON path and what is wrong
 * ({@code stages[2].inputs[0].producer: no stage 's9'}); the message lists them all.
 */
public final class InvalidPlanException extends RuntimeException {

  private final List<String> problems;

  public InvalidPlanException(String where, List<String> problems) {
    super(where + " is not a valid Marvel plan:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
