package dev.marvel.runtime.driver;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import java.io.IOException;

/**
 * The driver's side of atomic output, as Hadoop's {@code OutputCommitter}: attempts write under
 * attempt-scoped directories, the driver commits exactly one attempt per task, and the job's
 * sinks appear only at {@link #commitJob} after the last stage succeeded — or never, after
 * {@link #abortJob}. Bound to the output layer's committer.
 */
public interface JobCommit {

  void setupJob(String jobId, Plan plan) throws IOException;

  /** Where {@code attempt} writes its share of {@code sink}; passed to the action. */
  String attemptDir(Sink sink, TaskAttempt attempt);

  /** Makes {@code attempt}'s output the task's output. Called once per task, for one attempt. */
  void commitTask(TaskAttempt attempt) throws IOException;

  /** Discards a failed or cancelled attempt's output. */
  void abortTask(TaskAttempt attempt) throws IOException;

  /** Publishes every sink of the job; called once, after every stage succeeded. */
  void commitJob(String jobId) throws IOException;

  /** Discards everything the job wrote; its sinks stay as they were. */
  void abortJob(String jobId) throws IOException;
}
