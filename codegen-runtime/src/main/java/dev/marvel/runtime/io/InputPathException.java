package dev.marvel.runtime.io;

import java.io.IOException;

/**
 * An input path that cannot be read as asked (missing, a glob matching nothing, a nested
 * directory): a user mistake, reported with the path and what to do, never worth a retry.
 */
public final class InputPathException extends IOException {
  private final String path;

  public InputPathException(String path, String message) {
    super(message);
    this.path = path;
  }

  /** The path as the user wrote it. */
  public String path() {
    return path;
  }
}
