package dev.marvel.bundle;

import java.util.Locale;
import java.util.Optional;

/** What a task does with a record it cannot parse. */
public enum BadRecordPolicy {
  /** Fail the task with a user error naming the record's location. */
  FAIL,
  /** Skip it and count it in {@link TaskCounters#badRecords()}. */
  SKIP;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BadRecordPolicy> fromJson(String name) {
    for (BadRecordPolicy p : values()) {
      if (p.jsonName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
