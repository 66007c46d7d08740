package dev.marvel.runtime.shuffle;

import java.util.regex.Pattern;

/**
 * One attempt of one map task of a stage: the unit that writes shuffle output and commits it.
 * Retries and speculative runs of a map task have the same {@code mapTask} and a new
 * {@code attempt}.
 */
public record MapAttempt(String jobId, int stageId, int mapTask, int attempt) {
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public MapAttempt {
    requireValidJobId(jobId);
    requireNonNegative("stageId", stageId);
    requireNonNegative("mapTask", mapTask);
    requireNonNegative("attempt", attempt);
  }

  /**
   * Job ids become directory and cache names, so they are limited to letters, digits, '.', '_'
   * and '-' (at most 128, not starting with a punctuation mark).
   */
  public static String requireValidJobId(String jobId) {
    if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
      throw new IllegalArgumentException("invalid job id '" + jobId
          + "': use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return jobId;
  }

  static int requireNonNegative(String what, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return jobId + "/stage-" + stageId + "/map-" + mapTask + "/attempt-" + attempt;
  }
}
