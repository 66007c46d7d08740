package dev.marvel.cli;

import dev.marvel.bundle.InvalidPlanException;
import dev.marvel.runtime.openwhisk.client.OpenWhiskException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/**
 * Runs an OpenWhisk command and turns what a user can act on — an unreachable API host, a
 * rejected key, a jar over the limit, throttling, a bundle that is not one, missing settings —
 * into one {@code error:} message and exit code 1, never a stack trace. The messages never
 * contain the API key.
 */
final class WhiskFailures {
  private WhiskFailures() {}

  static int report(PrintWriter err, Callable<Integer> command) {
    try {
      return command.call();
    } catch (OpenWhiskException | InvalidPlanException | IllegalStateException | IllegalArgumentException
        | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    } catch (Exception e) {
      throw new IllegalStateException("this is a bug in marvelc, please report it", e);
    }
  }
}
