package dev.marvel.runtime.invoke;

/** An action jar without the class or entry method the plan names. */
final class ActionLoadException extends RuntimeException {
  ActionLoadException(String message) {
    super(message);
  }
}
