package dev.marvel.runtime.io;

/**
 * What a reader does with a record it cannot parse: fail the task, or skip it and count it,
 * optionally failing once more than {@code limit} have been skipped by one task.
 *
 * <p>Written as {@code fail}, {@code skip} or {@code skip:N}.
 */
public record BadRecordPolicy(boolean skip, long limit) {
  public static final BadRecordPolicy FAIL = new BadRecordPolicy(false, 0);
  public static final BadRecordPolicy SKIP = new BadRecordPolicy(true, Long.MAX_VALUE);

  public BadRecordPolicy {
    if (limit < 0) {
      throw new IllegalArgumentException("bad-record limit must be >= 0, got " + limit);
    }
  }

  /** Skip at most {@code limit} bad records per task; one more fails it. */
  public static BadRecordPolicy skipAtMost(long limit) {
    return new BadRecordPolicy(true, limit);
  }

  /** Parses {@code fail}, {@code skip} or {@code skip:N}. */
  public static BadRecordPolicy parse(String text) {
    String t = text.trim();
    if (t.equals("fail")) {
      return FAIL;
    }
    if (t.equals("skip")) {
      return SKIP;
    }
    if (t.startsWith("skip:")) {
      try {
        long limit = Long.parseLong(t.substring("skip:".length()));
        if (limit >= 0) {
          return skipAtMost(limit);
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below, which says what is accepted.
      }
    }
    throw new IllegalArgumentException("bad-record policy '" + text
        + "' is not one of: fail, skip, skip:N (N >= 0 bad records skipped per task)");
  }

  @Override
  public String toString() {
    if (!skip) {
      return "fail";
    }
    return limit == Long.MAX_VALUE ? "skip" : "skip:" + limit;
  }
}
