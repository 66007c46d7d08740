package dev.marvel.runtime.run;

import dev.marvel.bundle.Sink;
import dev.marvel.runtime.driver.JobSummary;
import java.time.Duration;
import java.util.List;

/**
 * What a successful run did: the driver's per-stage summary, the outputs it committed, and the
 * fixed cost of waiting for Ignite.
 *
 * @param igniteWait time the run waited for the embedded Ignite node after all other set-up
 */
public record RunReport(String jobId, JobSummary summary, List<Sink> outputs,
    ShuffleKind shuffle, Duration igniteWait) {
  public RunReport {
    outputs = List.copyOf(outputs);
  }
}
