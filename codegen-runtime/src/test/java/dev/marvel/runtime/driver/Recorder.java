package dev.marvel.runtime.driver;

import dev.marvel.bundle.Plan;
import java.util.ArrayList;
import java.util.List;

/** Records what a driver reports, for assertions. */
final class Recorder implements ProgressListener, JobStateListener {

  final List<ProgressEvent> events = new ArrayList<>();
  final List<TaskState> states = new ArrayList<>();
  final List<String> jobs = new ArrayList<>();

  @Override
  public void on(ProgressEvent event) {
    events.add(event);
  }

  @Override
  public void jobStarted(String jobId, Plan plan) {
    jobs.add("started " + jobId);
  }

  @Override
  public void taskChanged(TaskState state) {
    states.add(state);
  }

  @Override
  public void jobFinished(String jobId, boolean succeeded, String message) {
    jobs.add((succeeded ? "succeeded " : "failed ") + jobId);
  }

  /** "s1/2#0 FAILED" lines for the given stage and task. */
  List<String> history(String stage, int task) {
    return states.stream()
        .filter(s -> s.attempt().stageId().equals(stage) && s.attempt().task() == task)
        .map(s -> stage + "/" + task + "#" + s.attempt().attempt() + " " + s.status())
        .toList();
  }
}
