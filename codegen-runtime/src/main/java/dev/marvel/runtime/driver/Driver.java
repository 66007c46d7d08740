package dev.marvel.runtime.driver;

import dev.marvel.bundle.Plan;
import dev.marvel.bundle.PlanValidator;
import java.util.Objects;

/**
 * Executes a plan: stages in dependency order (independent stages concurrently), one action
 * invocation per task with a payload of references, at most {@code maxInFlight} at once and, per
 * stage, at most as many as the {@link ClusterCapacity} has room for. A
 * failed attempt runs again after a backoff, with the next attempt number, so its output never
 * mixes with the failed one's; exactly one attempt per task is committed. When a task runs out
 * of attempts the job fails: outstanding work is cancelled and the output aborted; otherwise
 * the output is committed after the last stage.
 *
 * <pre>
 * JobSummary s = Driver.builder(new LocalInvoker(bundleDir, 4), splitPlanner)
 *     .commit(committer).progress(ProgressPrinter.forStderr())
 *     .options(DriverOptions.defaults().withMaxInFlight(4))
 *     .build()
 *     .run("wordcount-1", bundle.plan());
 * </pre>
 */
public final class Driver {

  final TaskInvoker invoker;
  final TaskPlanner planner;
  final JobCommit commit;
  final JobStateListener state;
  final ProgressListener progress;
  final DriverOptions options;
  final ClusterCapacity capacity;

  private Driver(Builder b) {
    this.invoker = b.invoker;
    this.planner = b.planner;
    this.commit = Objects.requireNonNull(b.commit, "a JobCommit is required");
    this.state = b.state;
    this.progress = b.progress;
    this.options = b.options;
    this.capacity = b.capacity != null ? b.capacity : new LocalCapacity(b.options.maxInFlight());
  }

  public static Builder builder(TaskInvoker invoker, TaskPlanner planner) {
    return new Builder(invoker, planner);
  }

  /**
   * Runs {@code plan} as job {@code jobId} (unique per run: outputs and state are keyed by it)
   * and returns what it did; throws with a message for the user when it failed.
   */
  public JobSummary run(String jobId, Plan plan) throws JobFailedException {
    PlanValidator.requireValid(plan, "the plan of job " + jobId);
    return new JobRun(jobId, plan, this).run();
  }

  /** Collects a driver's collaborators; invoker, planner and commit are required. */
  public static final class Builder {
    private final TaskInvoker invoker;
    private final TaskPlanner planner;
    private JobCommit commit;
    private JobStateListener state = JobStateListener.NONE;
    private ProgressListener progress = ProgressListener.NONE;
    private DriverOptions options = DriverOptions.defaults();
    private ClusterCapacity capacity;

    private Builder(TaskInvoker invoker, TaskPlanner planner) {
      this.invoker = Objects.requireNonNull(invoker);
      this.planner = Objects.requireNonNull(planner);
    }

    public Builder commit(JobCommit c) {
      this.commit = c;
      return this;
    }

    public Builder state(JobStateListener s) {
      this.state = Objects.requireNonNull(s);
      return this;
    }

    public Builder progress(ProgressListener p) {
      this.progress = Objects.requireNonNull(p);
      return this;
    }

    public Builder options(DriverOptions o) {
      this.options = Objects.requireNonNull(o);
      return this;
    }

    /**
     * How wide each stage may run and where its tasks should go; by default this machine
     * ({@link LocalCapacity} with {@code maxInFlight} slots).
     */
    public Builder capacity(ClusterCapacity c) {
      this.capacity = Objects.requireNonNull(c);
      return this;
    }

    public Driver build() {
      return new Driver(this);
    }
  }
}
