package dev.marvel.plan;

/**
 * A plan broke an invariant: a bug in marvelc (a plan builder or an optimizer rule), never a user
 * mistake. The message names the phase, the node and what is wrong.
 */
public final class InvalidPlanException extends RuntimeException {

  public InvalidPlanException(String message) {
    super(message);
  }
}
