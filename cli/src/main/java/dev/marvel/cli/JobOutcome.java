package dev.marvel.cli;

import dev.marvel.runtime.driver.ProgressPrinter;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.deploy.JobSummaryJson;
import java.io.PrintWriter;

/** How invoke and status report a job whose driver activation has ended; returns the exit code. */
final class JobOutcome {
  private JobOutcome() {}

  static int print(PrintWriter out, PrintWriter err, String jobId, Activation driver) {
    String id = driver.activationId();
    switch (driver.status()) {
      case SUCCESS -> {
        out.println("job " + jobId + " succeeded");
        out.print(ProgressPrinter.table(JobSummaryJson.decode(driver.result())));
        out.flush();
        return 0;
      }
      case APPLICATION_ERROR -> err.println("error: job " + jobId + " failed (driver activation " + id + "):\n"
          + driver.errorMessage());
      default -> err.println("error: the driver of job " + jobId + " failed (activation " + id + ", "
          + driver.status().wire() + "): " + driver.errorMessage() + "\n  = help: its logs: wsk activation get "
          + id);
    }
    err.flush();
    return 1;
  }
}
