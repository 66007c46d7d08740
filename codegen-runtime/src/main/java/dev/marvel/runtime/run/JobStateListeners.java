package dev.marvel.runtime.run;

import dev.marvel.bundle.Plan;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.TaskState;
import java.util.List;

/** Several {@link JobStateListener}s as one, called in order (the driver takes one). */
final class JobStateListeners implements JobStateListener {
  private final List<JobStateListener> listeners;

  JobStateListeners(List<JobStateListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void jobStarted(String jobId, Plan plan) {
    listeners.forEach(l -> l.jobStarted(jobId, plan));
  }

  @Override
  public void taskChanged(TaskState state) {
    listeners.forEach(l -> l.taskChanged(state));
  }

  @Override
  public void jobFinished(String jobId, boolean succeeded, String message) {
    listeners.forEach(l -> l.jobFinished(jobId, succeeded, message));
  }
}
