package dev.marvel.bundle;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a task attempt failed. {@code USER}: the program's own code or data (a bad cast, a bad
 * record under {@link BadRecordPolicy#FAIL}); {@code SYSTEM}: the platform (I/O, store, timeout,
 * a crash). {@code location} is the DSL source location ({@code wordcount.mvl:4:18}) of the
 * failing expression when known, else empty. Only system errors are worth another attempt.
 */
public record TaskError(Kind kind, String message, String location) {

  public enum Kind {
    USER,
    SYSTEM;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public TaskError {
    kind = kind == null ? Kind.SYSTEM : kind;
    message = Require.text(message, "message");
    location = location == null ? "" : location;
  }

  public static TaskError system(String message) {
    return new TaskError(Kind.SYSTEM, message, "");
  }

  public static TaskError user(String message, String location) {
    return new TaskError(Kind.USER, message, location);
  }

  /**
   * Whether another attempt might succeed. A user error comes from the program and its input,
   * which the next attempt gets unchanged, so it would fail the same way, only later.
   */
  public boolean retryable() {
    return kind == Kind.SYSTEM;
  }

  public Optional<String> sourceLocation() {
    return location.isEmpty() ? Optional.empty() : Optional.of(location);
  }
}
