package dev.marvel.runtime.run;

import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.InvalidPlanException;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.runtime.driver.Driver;
import dev.marvel.runtime.driver.DriverOptions;
import dev.marvel.runtime.driver.JobCommit;
import dev.marvel.runtime.driver.JobFailedException;
import dev.marvel.runtime.driver.JobStateListener;
import dev.marvel.runtime.driver.JobSummary;
import dev.marvel.runtime.driver.ProgressPrinter;
import dev.marvel.runtime.driver.RetryPolicy;
import dev.marvel.runtime.invoke.LocalInvoker;
import dev.marvel.runtime.state.IgniteJobStateStore;
import dev.marvel.runtime.task.Stores;
import dev.marvel.runtime.yarn.YarnCapacity;
import dev.marvel.runtime.yarn.YarnUnreachableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Runs a compiled bundle on this machine — {@code marvelc run}: the driver, the same action jars
 * as on OpenWhisk called in-process by a {@link LocalInvoker}, input splits from the
 * {@link SplitTaskPlanner}, atomic output through one output committer per sink, the chosen
 * shuffle store, job/task state in Ignite whenever the run has an Ignite, and stage widths and
 * placement hints from YARN with {@code --yarn}.
 *
 * <pre>
 * try (JobRunner runner = JobRunner.prepare(RunOptions.defaults())) {  // Ignite starts now, if needed
 *   Path bundle = compile(...);                                        // overlaps the node start
 *   RunReport report = runner.run(bundle);
 * }
 * </pre>
 *
 * <p>Checks that can fail without doing work (the bundle loads, no output exists unless
 * {@code overwrite}) come before anything is started or written. At the end the job's shuffle
 * data and the run's temporary directory are deleted and the embedded node is stopped, whether
 * the job succeeded or not.
 */
public final class JobRunner implements AutoCloseable {
  private final RunOptions options;
  private final Path workDir;
  private final boolean ownsWorkDir;
  private final IgniteService ignite;

  private JobRunner(RunOptions options, Path workDir, boolean ownsWorkDir, IgniteService ignite) {
    this.options = options;
    this.workDir = workDir;
    this.ownsWorkDir = ownsWorkDir;
    this.ignite = ignite;
  }

  /**
   * Gets ready to run: makes the work directory and, when the options need Ignite, begins
   * starting the embedded node on a background thread (or notes the cluster to join).
   */
  public static JobRunner prepare(RunOptions options) throws RunSetupException {
    Path dir;
    boolean owns = options.workDir().isEmpty();
    try {
      dir = owns ? Files.createTempDirectory("marvel-run-")
          : Files.createDirectories(options.workDir().get());
    } catch (IOException e) {
      throw new RunSetupException("cannot create the run's work directory: " + e.getMessage());
    }
    IgniteService ignite = null;
    if (options.igniteAddress().isPresent()) {
      ignite = IgniteService.remote(options.igniteAddress().get());
    } else if (options.shuffle() == ShuffleKind.IGNITE) {
      ignite = IgniteService.startEmbedded(dir.resolve("ignite"));
    }
    return new JobRunner(options, dir, owns, ignite);
  }

  /** Runs the bundle in {@code bundleDir} to committed output, or throws saying what failed. */
  public RunReport run(Path bundleDir) throws RunSetupException, JobFailedException {
    Plan plan = load(bundleDir);
    requireWritableOutputs(plan);
    String jobId = JobId.next(plan.pipeline(), Clock.systemUTC());
    Optional<YarnCapacity> yarn = connectYarn();
    ShuffleBinding shuffle;
    try {
      shuffle = bindShuffle(plan, jobId);
    } catch (RunSetupException e) {
      yarn.ifPresent(YarnCapacity::close);
      throw e;
    }
    IgniteJobStateStore stateStore = null;
    // Actions in this JVM use the driver's instance (for Ignite: the node itself, no thin client).
    Stores.register(shuffle.endpoint(), shuffle.store());
    LocalInvoker invoker = new LocalInvoker(bundleDir, options.parallelism(),
        options.userClasses());
    SinkCommit sinks = new SinkCommit(options.hadoop(), options.overwrite());
    boolean succeeded = false;
    try {
      List<JobStateListener> listeners = new ArrayList<>();
      if (ignite != null) {
        stateStore = new IgniteJobStateStore(ignite.connection());
        listeners.add(new StateRecorder(stateStore,
            Map.of("bundle", bundleDir.toAbsolutePath().toString())));
      }
      JobCommit commit = sinks;
      if (options.badRecords().skip() && options.badRecords().limit() != Long.MAX_VALUE) {
        BadRecordLimit limit = new BadRecordLimit(commit, options.badRecords().limit());
        listeners.add(limit);
        commit = limit;
      }
      Driver.Builder driver = Driver.builder(invoker, new SplitTaskPlanner(options.hadoop(),
          options.splitSize(), options.parallelism()));
      yarn.ifPresent(driver::capacity);
      JobSummary summary = driver
          .commit(commit)
          .state(new JobStateListeners(listeners))
          .progress(new ProgressPrinter(options.progress(), false))
          .options(driverOptions(shuffle))
          .build()
          .run(jobId, plan);
      succeeded = true;
      return new RunReport(jobId, summary, plan.sinks(), shuffle.kind(),
          ignite == null ? Duration.ZERO : ignite.waited());
    } finally {
      // An interrupted run (Ctrl-C) still cleans up: waiting for the actions needs the flag clear.
      boolean interrupted = Thread.interrupted();
      try {
        // Waits for every action thread to end, so nothing writes after the clean-up below.
        invoker.close();
        if (!succeeded) {
          removeLeftovers(sinks, jobId);
        }
        if (stateStore != null) {
          stateStore.close();
        }
        yarn.ifPresent(YarnCapacity::close);
        Stores.unregister(shuffle.endpoint());
        shuffle.release(jobId);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * With {@code --yarn}, the ResourceManager sizes the stages; one that cannot be reached stops
   * the run before it starts (see {@link YarnCapacity} for why).
   */
  private Optional<YarnCapacity> connectYarn() throws RunSetupException {
    if (options.yarn().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YarnCapacity.connect(options.yarn().get(), options.hadoop()));
    } catch (YarnUnreachableException e) {
      throw new RunSetupException(e.getMessage());
    }
  }

  private static void removeLeftovers(SinkCommit sinks, String jobId) {
    try {
      sinks.removeLeftovers(jobId);
    } catch (IOException e) {
      throw new UncheckedIOException("job " + jobId + " failed, and its partial output could not"
          + " be removed: " + e.getMessage(), e);
    }
  }

  private DriverOptions driverOptions(ShuffleBinding shuffle) {
    Map<String, String> stores = new TreeMap<>();
    stores.put(Stores.SHUFFLE, shuffle.endpoint());
    stores.put(Stores.SPILL, workDir.resolve("spill").toAbsolutePath().toString());
    String defaultFs = options.hadoop().get(FileSystem.FS_DEFAULT_NAME_KEY);
    if (defaultFs != null && !defaultFs.startsWith("file:")) {
      stores.put(Stores.DEFAULT_FS, defaultFs);
    }
    return DriverOptions.defaults()
        .withMaxInFlight(options.parallelism())
        .withRetry(new RetryPolicy(options.maxAttempts(), RetryPolicy.DEFAULT.initialDelay(),
            RetryPolicy.DEFAULT.maxDelay()))
        .withBadRecords(options.badRecords().skip() ? dev.marvel.bundle.BadRecordPolicy.SKIP
            : dev.marvel.bundle.BadRecordPolicy.FAIL)
        .withStores(stores);
  }

  private ShuffleBinding bindShuffle(Plan plan, String jobId) throws RunSetupException {
    switch (options.shuffle()) {
      case LOCAL:
        return ShuffleBinding.local(workDir.resolve("shuffle"));
      case IGNITE:
        return ShuffleBinding.ignite(ignite);
      default:
        String near = plan.sinks().isEmpty() ? "/" : plan.sinks().get(0).path();
        try {
          return ShuffleBinding.hdfs(options.hadoop(), near);
        } catch (IOException e) {
          throw new RunSetupException("cannot use the file system of " + near
              + " for shuffle data (job " + jobId + "): " + e.getMessage());
        }
    }
  }

  private static Plan load(Path bundleDir) throws RunSetupException {
    try {
      return Bundle.load(bundleDir).plan();
    } catch (InvalidPlanException | UncheckedIOException e) {
      throw new RunSetupException(e.getMessage());
    }
  }

  /** An existing output without {@code overwrite} is refused before any work starts. */
  private void requireWritableOutputs(Plan plan) throws RunSetupException {
    for (Sink sink : plan.sinks()) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(sink.path());
      FileStatus status;
      try {
        FileSystem fs = path.getFileSystem(options.hadoop());
        status = fs.exists(path) ? fs.getFileStatus(path) : null;
        if (status != null) {
          path = fs.makeQualified(path);
        }
      } catch (IOException e) {
        throw new RunSetupException("cannot check the output path " + sink.path() + ": "
            + e.getMessage());
      }
      if (status != null && !status.isDirectory()) {
        throw new RunSetupException("output path " + path + " (sink `" + sink.id()
            + "`) is a file, not a directory\n  = help: delete it or choose another output path");
      }
      if (status != null && !options.overwrite()) {
        throw new RunSetupException("output path " + path + " (sink `" + sink.id()
            + "`) already exists\n  = help: delete it, choose another output path, or pass"
            + " --overwrite to replace it when the job commits");
      }
    }
  }

  /** Stops the embedded Ignite node and deletes the run's temporary directory. */
  @Override
  public void close() {
    if (ignite != null) {
      ignite.close();
    }
    if (ownsWorkDir) {
      deleteRecursively(workDir);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the run's work directory " + dir, e);
    }
  }
}
