package dev.marvel.cli;

import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.openwhisk.client.Activation;
import dev.marvel.runtime.openwhisk.client.OpenWhiskClient;
import dev.marvel.runtime.state.IgniteJobStateStore;
import dev.marvel.runtime.state.JobProgress;
import dev.marvel.runtime.state.JobRecord;
import dev.marvel.runtime.state.RunStatus;
import dev.marvel.runtime.state.StageProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc status JOB}: where a job is. With {@code --ignite} it reads the job and task
 * records the driver keeps in Ignite (stage by stage, while it runs); otherwise it reads the
 * driver's activation, whose id ends the job id. Exit 0 for a running or succeeded job, 1 for a
 * failed one or when the job cannot be found.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show the state of a job started with `marvelc invoke`.")
final class StatusCommand implements Callable<Integer> {
  private static final Pattern ACTIVATION_SUFFIX = Pattern.compile(".*-([0-9a-f]{32})");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOB", description = "The job id `marvelc invoke` printed.")
  String jobId;

  @Option(names = "--ignite", paramLabel = "HOST:PORT",
      description = "Read task-level state from this Ignite cluster (the one given to `marvelc deploy --ignite`).")
  String ignite;

  @Mixin
  WhiskOptions whisk;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return WhiskFailures.report(err, () -> ignite != null ? fromStateStore(out, err) : fromActivation(out, err));
  }

  private int fromStateStore(PrintWriter out, PrintWriter err) {
    Optional<JobProgress> found;
    try (IgniteConnection connection = IgniteConnection.connect(ignite);
        IgniteJobStateStore store = new IgniteJobStateStore(connection)) {
      found = store.progress(jobId);
    }
    if (found.isEmpty()) {
      err.println("error: the state store at " + ignite + " has no job " + jobId);
      err.flush();
      return 1;
    }
    JobRecord job = found.get().job();
    out.println("job " + jobId + ": " + job.status().name().toLowerCase(Locale.ROOT));
    for (StageProgress stage : found.get().stages().values()) {
      out.println("  stage " + stage.stage() + ": " + stage.succeeded() + "/" + stage.tasks() + " tasks succeeded, "
          + stage.running() + " running, " + stage.queued() + " queued, " + stage.failed() + " failed");
    }
    if (job.error() != null) {
      out.println(job.error());
    }
    out.flush();
    return job.status() == RunStatus.FAILED ? 1 : 0;
  }

  private int fromActivation(PrintWriter out, PrintWriter err) {
    var match = ACTIVATION_SUFFIX.matcher(jobId);
    if (!match.matches()) {
      throw new IllegalArgumentException("job id '" + jobId + "' does not end in a driver activation id; give the"
          + " id `marvelc invoke` printed, or read the state store with --ignite HOST:PORT");
    }
    String activationId = match.group(1);
    Optional<Activation> driver = new OpenWhiskClient(whisk.props(System.getenv())).getActivation(activationId);
    if (driver.isEmpty()) {
      out.println("job " + jobId + " is running (driver activation " + activationId + ")");
      out.flush();
      return 0;
    }
    return JobOutcome.print(out, err, jobId, driver.get());
  }
}
