package dev.marvel.bundle;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a task attempt failed. {@code USER}: the program's own code or data (a bad cast, a bad
 * record under {@link BadRecordPolicy#FAIL}); {@code SYSTEM}: the platform (I/O, store, timeout,
 * a crash). {@code location} is the DSL source location ({@code wordcount.mvl:4:18}) of the
 * failing expression when known, else empty.
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

  public Optional<String> sourceLocation() {
    return location.isEmpty() ? Optional.empty() : Optional.of(location);
  }
}
