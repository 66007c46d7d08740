package dev.marvel.runtime.driver;

import java.time.Duration;
import java.util.List;

/** What a successful job did, stage by stage in the order stages finished. */
public record JobSummary(String jobId, List<StageSummary> stages, Duration elapsed) {
  public JobSummary {
    stages = List.copyOf(stages);
  }
}
