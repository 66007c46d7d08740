package dev.marvel.runtime.yarn;

/** The ResourceManager could not be asked for the cluster's capacity; the message says what to do. */
public final class YarnUnreachableException extends Exception {
  public YarnUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
