package dev.marvel.runtime.run;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.runtime.driver.JobCommit;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.TaskAttempt;
import dev.marvel.runtime.driver.TaskState;
import java.io.IOException;

/**
 * {@code --bad-records skip:N}: tasks skip bad records (the payload only says fail or skip), and
 * the job refuses to commit when its committed tasks skipped more than {@code N} in all — so a
 * mostly broken input fails loudly instead of producing a quietly thin output. Wraps the real
 * commit and counts what succeeded tasks report.
 */
final class BadRecordLimit implements JobCommit, JobStateListener {
  private final JobCommit inner;
  private final long limit;
  private long skipped;

  BadRecordLimit(JobCommit inner, long limit) {
    this.inner = inner;
    this.limit = limit;
  }

  @Override
  public void taskChanged(TaskState state) {
    if (state.status() == TaskState.Status.SUCCEEDED) {
      skipped += state.counters().badRecords();
    }
  }

  @Override
  public void setupJob(String jobId, Plan plan) throws IOException {
    inner.setupJob(jobId, plan);
  }

  @Override
  public String attemptDir(Sink sink, TaskAttempt attempt) {
    return inner.attemptDir(sink, attempt);
  }

  @Override
  public void commitTask(TaskAttempt attempt) throws IOException {
    inner.commitTask(attempt);
  }

  @Override
  public void abortTask(TaskAttempt attempt) throws IOException {
    inner.abortTask(attempt);
  }

  @Override
  public void commitJob(String jobId) throws IOException {
    if (skipped > limit) {
      throw new IOException("the job skipped " + skipped + " bad records, more than the limit of "
          + limit + " (--bad-records skip:" + limit + "); fix the input, or raise the limit");
    }
    inner.commitJob(jobId);
  }

  @Override
  public void abortJob(String jobId) throws IOException {
    inner.abortJob(jobId);
  }
}
