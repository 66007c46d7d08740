package dev.marvel.runtime.state;

/** Names one attempt of one task of a stage of a job. */
public record TaskAttemptRef(String jobId, int stage, int task, int attempt) {
  public TaskAttemptRef {
    JobRecord.requireValidJobId(jobId);
    if (stage < 0 || task < 0 || attempt < 0) {
      throw new IllegalArgumentException("stage, task and attempt must be >= 0, got "
          + stage + "/" + task + "/" + attempt);
    }
  }

  @Override
  public String toString() {
    return jobId + " stage " + stage + " task " + task + " attempt " + attempt;
  }
}
