package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.TaskState;
import dev.marvel.runtime.state.JobStateStore;
import dev.marvel.runtime.state.RunStatus;
import dev.marvel.runtime.state.TaskAttemptRef;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the driver's job and task state into a {@link JobStateStore} (Ignite), where
 * {@code marvelc status --ignite} and a resuming driver read it. Stages are stored by their index
 * in the plan. A report the store refuses (an attempt already final) is dropped: the store's
 * record is the truth.
 */
public final class StateRecorder implements JobStateListener {
    private final JobStateStore store;
    private final Map<String, Integer> stageIndex = new HashMap<>();

    public StateRecorder(JobStateStore store) {
        this.store = store;
    }

    @Override
    public void jobStarted(String jobId, Plan plan) {
        for (int i = 0; i < plan.stages().size(); i++) {
            stageIndex.put(plan.stages().get(i).id(), i);
        }
        store.startJob(jobId, Map.of("pipeline", plan.pipeline()));
    }

    @Override
    public void taskChanged(TaskState state) {
        TaskAttemptRef ref = new TaskAttemptRef(state.attempt().jobId(), stageIndex.get(state.attempt().stageId()),
                state.attempt().task(), state.attempt().attempt());
        try {
            switch (state.status()) {
                case RUNNING -> {
                    store.queueTask(ref);
                    store.updateTask(ref, RunStatus.RUNNING, new TreeMap<>(), null);
                }
                case SUCCEEDED -> store.updateTask(ref, RunStatus.SUCCEEDED, counters(state.counters()), null);
                case FAILED, CANCELLED -> store.updateTask(ref, RunStatus.FAILED, counters(state.counters()),
                        state.error().map(e -> e.message()).orElse(state.status().name().toLowerCase(Locale.ROOT)));
            }
        } catch (IllegalStateException e) {
            // Already final in the store: a duplicate report changes nothing.
        }
    }

    @Override
    public void jobFinished(String jobId, boolean succeeded, String message) {
        store.finishJob(jobId, succeeded ? RunStatus.SUCCEEDED : RunStatus.FAILED, succeeded ? null : message);
    }

    private static SortedMap<String, Long> counters(TaskCounters c) {
        SortedMap<String, Long> counters = new TreeMap<>();
        counters.put("recordsIn", c.recordsIn());
        counters.put("recordsOut", c.recordsOut());
        counters.put("bytesIn", c.bytesIn());
        counters.put("bytesOut", c.bytesOut());
        counters.put("badRecords", c.badRecords());
        counters.put("shuffleBytes", c.shuffleBytes());
        return counters;
    }
}
