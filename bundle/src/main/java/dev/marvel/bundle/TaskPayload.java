package dev.marvel.bundle;

import java.util.List;
import java.util.SortedMap;

/**
 * What the driver sends a stage action for one task attempt: references only, never data. The
 * action writes its output under names scoped by {@code (jobId, stageId, task, attempt)} so a
 * retried or duplicated attempt never mixes with another; the driver commits one attempt per
 * task. {@link TaskJson} encodes it as the action's {@code args}, at most 1 MB.
 *
 * @param stores endpoints of the shared stores ({@code ignite} → {@code 127.0.0.1:10800}, …)
 * @param deadlineEpochMs when the driver stops waiting for this attempt (as OpenWhisk's deadline)
 * @param placement hosts the attempt should preferably run on, best first (from the cluster's
 *     capacity and the input's block locations); a hint an invoker may honour, empty for none
 */
public record TaskPayload(
    String jobId,
    String stageId,
    int task,
    int attempt,
    List<TaskInput> inputs,
    List<TaskOutput> outputs,
    SortedMap<String, String> stores,
    BadRecordPolicy badRecords,
    long deadlineEpochMs,
    List<String> placement) {

  public TaskPayload {
    jobId = Require.text(jobId, "jobId");
    stageId = Require.text(stageId, "stageId");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    stores = Require.sorted(stores);
    badRecords = badRecords == null ? BadRecordPolicy.FAIL : badRecords;
    placement = placement == null ? List.of() : List.copyOf(placement);
  }

  /** A payload without a placement hint. */
  public TaskPayload(String jobId, String stageId, int task, int attempt, List<TaskInput> inputs,
      List<TaskOutput> outputs, SortedMap<String, String> stores, BadRecordPolicy badRecords,
      long deadlineEpochMs) {
    this(jobId, stageId, task, attempt, inputs, outputs, stores, badRecords, deadlineEpochMs,
        List.of());
  }
}
