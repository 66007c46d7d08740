package dev.marvel.runtime.driver;

/**
 * A job that did not complete: its output was aborted. The message is written for the person
 * who ran the job (which stage, task, input and — for a failure in the program — DSL location).
 */
public final class JobFailedException extends Exception {

  private final String jobId;

  public JobFailedException(String jobId, String message) {
    super(message);
    this.jobId = jobId;
  }

  public String jobId() {
    return jobId;
  }
}
