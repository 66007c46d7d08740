package dev.marvel.runtime.output;

import java.io.IOException;

/**
 * An output location that cannot be used as asked (already exists, is a file): a user mistake,
 * reported with the path and what to do.
 */
public final class OutputPathException extends IOException {
  public OutputPathException(String message) {
    super(message);
  }
}
