package dev.marvel.runtime.driver;

/** One attempt of one task: the unit outputs are scoped by, and the unit that is committed. */
public record TaskAttempt(String jobId, String stageId, int task, int attempt) {

  @Override
  public String toString() {
    return jobId + "/" + stageId + "/task-" + task + "/attempt-" + attempt;
  }
}
