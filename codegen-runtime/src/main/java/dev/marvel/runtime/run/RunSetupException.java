package dev.marvel.runtime.run;

/**
 * A run that could not start, for a reason the user can fix (an output that already exists, an
 * unreachable cluster, a bundle that does not load). Nothing was written.
 */
public final class RunSetupException extends Exception {
  public RunSetupException(String message) {
    super(message);
  }
}
