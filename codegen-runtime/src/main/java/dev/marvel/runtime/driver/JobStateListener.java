package dev.marvel.runtime.driver;

import dev.marvel.bundle.Plan;

/**
 * Receives every state change of a job, for the job-state store (Ignite) that lets a job be
 * inspected and resumed. Called on the driver's thread, in the order things happen.
 */
public interface JobStateListener {

  JobStateListener NONE = new JobStateListener() {};

  default void jobStarted(String jobId, Plan plan) {}

  default void taskChanged(TaskState state) {}

  /** {@code message} is empty on success, the failure message otherwise. */
  default void jobFinished(String jobId, boolean succeeded, String message) {}
}
