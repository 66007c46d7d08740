package dev.marvel.runtime.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Where the driver records jobs and task attempts, and where anyone — another driver resuming the
 * job, {@code marvelc status}, a test — reads their progress, from any process.
 *
 * <p>Every change is one atomic step on one record: a status moves only along
 * {@link RunStatus#canMoveTo}, so a late or duplicated report (a retried action's lost reply, say)
 * can never move a finished attempt again; it gets an {@link IllegalStateException} instead.
 */
public interface JobStateStore extends AutoCloseable {
  /** Records a new RUNNING job; returns the existing record if the job is already known. */
  JobRecord startJob(String jobId, Map<String, String> attributes);

  Optional<JobRecord> job(String jobId);

  /** Moves a job to SUCCEEDED or FAILED. */
  JobRecord finishJob(String jobId, RunStatus status, String error);

  /** Known job ids, sorted. */
  List<String> jobIds();

  /** Records a QUEUED attempt; returns the existing record if the attempt is already known. */
  default TaskRecord queueTask(TaskAttemptRef ref) {
    return queueTask(ref, List.of());
  }

  /**
   * Records a QUEUED attempt with the hosts it should preferably run on (best first), kept for
   * its life; returns the existing record if the attempt is already known.
   */
  TaskRecord queueTask(TaskAttemptRef ref, List<String> placement);

  /**
   * Moves an attempt to {@code status}, merging {@code counters} into its counters.
   *
   * @param error why it failed, for FAILED; null otherwise
   * @throws IllegalStateException if the attempt is unknown or cannot move to {@code status}
   */
  TaskRecord updateTask(TaskAttemptRef ref, RunStatus status, SortedMap<String, Long> counters,
      String error);

  Optional<TaskRecord> task(TaskAttemptRef ref);

  /** Every attempt of the job, by stage, task and attempt. */
  List<TaskRecord> tasks(String jobId);

  /** The job and its stages' progress; empty if the job is unknown. */
  Optional<JobProgress> progress(String jobId);

  /** Forgets the job and its tasks; nothing happens for an unknown job. */
  void deleteJob(String jobId);

  @Override
  void close();
}
