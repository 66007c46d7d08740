package dev.marvel.runtime.run;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.TaskState;
import dev.marvel.runtime.state.JobStateStore;
import dev.marvel.runtime.state.RunStatus;
import dev.marvel.runtime.state.TaskAttemptRef;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the driver's job and task changes into the {@link JobStateStore}, where any process
 * that reaches the cluster can follow the job. Stages are numbered by their position in the
 * plan; the job record keeps the pipeline, bundle and outputs so a later driver can find them.
 * A cancelled attempt is recorded as FAILED with the error "cancelled". An attempt's placement
 * hint is recorded when it is queued.
 */
public final class StateRecorder implements JobStateListener {
  private final JobStateStore store;
  private final Map<String, String> attributes;
  private final Map<String, Integer> stageNumbers = new HashMap<>();

  public StateRecorder(JobStateStore store, Map<String, String> attributes) {
    this.store = store;
    this.attributes = attributes;
  }

  @Override
  public void jobStarted(String jobId, Plan plan) {
    for (int i = 0; i < plan.stages().size(); i++) {
      Stage stage = plan.stages().get(i);
      stageNumbers.put(stage.id(), i);
    }
    Map<String, String> attrs = new TreeMap<>(attributes);
    attrs.put("pipeline", plan.pipeline());
    plan.sinks().forEach(s -> attrs.put("sink." + s.id(), s.path()));
    store.startJob(jobId, attrs);
  }

  @Override
  public void taskChanged(TaskState state) {
    TaskAttemptRef ref = new TaskAttemptRef(state.attempt().jobId(),
        stageNumbers.get(state.attempt().stageId()), state.attempt().task(),
        state.attempt().attempt());
    String error = state.error().map(e -> e.message()).orElse(null);
    switch (state.status()) {
      case RUNNING -> {
        store.queueTask(ref, state.placement());
        store.updateTask(ref, RunStatus.RUNNING, new TreeMap<>(), null);
      }
      case SUCCEEDED -> store.updateTask(ref, RunStatus.SUCCEEDED, counters(state.counters()),
          null);
      case FAILED -> store.updateTask(ref, RunStatus.FAILED, new TreeMap<>(), error);
      case CANCELLED -> store.updateTask(ref, RunStatus.FAILED, new TreeMap<>(), "cancelled");
    }
  }

  @Override
  public void jobFinished(String jobId, boolean succeeded, String message) {
    store.finishJob(jobId, succeeded ? RunStatus.SUCCEEDED : RunStatus.FAILED,
        succeeded ? null : message);
  }

  private static SortedMap<String, Long> counters(TaskCounters c) {
    SortedMap<String, Long> map = new TreeMap<>();
    map.put("recordsIn", c.recordsIn());
    map.put("recordsOut", c.recordsOut());
    map.put("bytesIn", c.bytesIn());
    map.put("bytesOut", c.bytesOut());
    map.put("badRecords", c.badRecords());
    map.put("shuffleBytes", c.shuffleBytes());
    return map;
  }
}
