package dev.marvel.runtime.testkit;

import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.JobCommit;
import dev.marvel.runtime.driver.TaskAttempt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small local-directory committer for tests, after Hadoop's FileOutputCommitter (v1): attempts
 * write to {@code <sink>.marvel-tmp/<job>/attempt-<stage>-<task>-<attempt>}, a task commit
 * renames its attempt to {@code task-<stage>-<task>}, the job commit moves the committed tasks'
 * files into a fresh directory renamed to the sink path.
 */
public final class LocalDirCommit implements JobCommit {

  private Plan plan;

  @Override
  public void setupJob(String jobId, Plan p) throws IOException {
    this.plan = p;
    for (Sink s : p.sinks()) {
      Files.createDirectories(jobDir(s, jobId));
    }
  }

  @Override
  public String attemptDir(Sink sink, TaskAttempt a) {
    return jobDir(sink, a.jobId()).resolve("attempt-" + a.stageId() + "-" + a.task() + "-"
        + a.attempt()).toString();
  }

  @Override
  public void commitTask(TaskAttempt a) throws IOException {
    for (Sink sink : sinksOf(a.stageId())) {
      Path attempt = Path.of(attemptDir(sink, a));
      Path task = jobDir(sink, a.jobId()).resolve("task-" + a.stageId() + "-" + a.task());
      if (Files.exists(attempt)) {
        Files.move(attempt, task, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  @Override
  public void abortTask(TaskAttempt a) throws IOException {
    for (Sink sink : sinksOf(a.stageId())) {
      delete(Path.of(attemptDir(sink, a)));
    }
  }

  @Override
  public void commitJob(String jobId) throws IOException {
    for (Sink sink : plan.sinks()) {
      Path staging = jobDir(sink, jobId).resolve("output");
      Files.createDirectories(staging);
      try (Stream<Path> tasks = Files.list(jobDir(sink, jobId))) {
        for (Path task : tasks.filter(t -> t.getFileName().toString().startsWith("task-"))
            .sorted().toList()) {
          try (Stream<Path> files = Files.list(task)) {
            for (Path f : files.sorted().toList()) {
              Files.move(f, staging.resolve(f.getFileName()));
            }
          }
        }
      }
      Files.move(staging, Path.of(sink.path()), StandardCopyOption.ATOMIC_MOVE);
      delete(tmpDir(sink));
    }
  }

  @Override
  public void abortJob(String jobId) throws IOException {
    for (Sink sink : plan.sinks()) {
      delete(tmpDir(sink));
    }
  }

  private List<Sink> sinksOf(String stageId) {
    Stage stage = plan.stage(stageId).orElseThrow();
    List<Sink> sinks = new ArrayList<>();
    for (OutputChannel out : stage.outputs()) {
      if (out instanceof OutputChannel.ToSink t) {
        sinks.add(plan.sink(t.sink()).orElseThrow());
      }
    }
    return sinks;
  }

  private static Path tmpDir(Sink sink) {
    return Path.of(sink.path() + ".marvel-tmp");
  }

  private static Path jobDir(Sink sink, String jobId) {
    return tmpDir(sink).resolve(jobId);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
