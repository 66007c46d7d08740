package dev.marvel.runtime.driver;

import dev.marvel.bundle.TaskCounters;

/** What a person watching a job wants to know, as it happens. */
public sealed interface ProgressEvent {

  record StageStarted(String stageId, String operators, int tasks) implements ProgressEvent {}

  /** A task of the stage succeeded; {@code stageTotals} sums the stage's finished tasks. */
  record TaskFinished(String stageId, int tasksDone, int tasks, TaskCounters stageTotals)
      implements ProgressEvent {}

  /** An attempt failed and the task will run again. */
  record TaskRetrying(String stageId, int task, int failedAttempt, String error)
      implements ProgressEvent {}

  record StageFinished(StageSummary summary) implements ProgressEvent {}

  record JobFinished(JobSummary summary) implements ProgressEvent {}

  record JobFailed(String jobId, String message) implements ProgressEvent {}
}
