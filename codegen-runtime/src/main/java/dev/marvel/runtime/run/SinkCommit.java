package dev.marvel.runtime.run;

import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.JobCommit;
import dev.marvel.runtime.driver.TaskAttempt;
import dev.marvel.runtime.output.OutputCommitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Binds the driver's {@link JobCommit} to one {@link OutputCommitter} per sink: an attempt writes
 * under {@code <sink>/_temporary/<job>/attempt-…}, a task commit promotes it, the job commit
 * publishes every sink with its {@code _SUCCESS} marker. The part count of a sink is the number
 * of tasks of the stage that writes it, learnt from the task commits.
 */
public final class SinkCommit implements JobCommit {
  private final Configuration conf;
  private final boolean overwrite;
  private final Map<String, OutputCommitter> committers = new TreeMap<>();
  private final Map<String, List<Sink>> sinksByStage = new TreeMap<>();
  private final Map<String, Integer> tasksBySink = new TreeMap<>();
  private final Map<String, Boolean> existedBefore = new TreeMap<>();

  public SinkCommit(Configuration conf, boolean overwrite) {
    this.conf = conf;
    this.overwrite = overwrite;
  }

  @Override
  public void setupJob(String jobId, Plan plan) throws IOException {
    for (Stage stage : plan.stages()) {
      List<Sink> sinks = new ArrayList<>();
      for (OutputChannel out : stage.outputs()) {
        if (out instanceof OutputChannel.ToSink toSink) {
          sinks.add(plan.sink(toSink.sink()).orElseThrow());
        }
      }
      sinksByStage.put(stage.id(), sinks);
    }
    for (Sink sink : plan.sinks()) {
      OutputCommitter committer = new OutputCommitter(conf, sink.path(), jobId, overwrite);
      committers.put(sink.id(), committer);
      tasksBySink.put(sink.id(), 0);
      existedBefore.put(sink.id(),
          committer.outputPath().getFileSystem(conf).exists(committer.outputPath()));
      committer.setupJob();
    }
  }

  @Override
  public String attemptDir(Sink sink, TaskAttempt attempt) {
    return committers.get(sink.id()).attemptDirectory(attempt.task(), attempt.attempt())
        .toString();
  }

  @Override
  public void commitTask(TaskAttempt attempt) throws IOException {
    for (Sink sink : sinksByStage.get(attempt.stageId())) {
      OutputCommitter committer = committers.get(sink.id());
      // A task with no rows may write no file; its empty attempt directory still commits.
      Path dir = committer.attemptDirectory(attempt.task(), attempt.attempt());
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(committer.committedTaskDirectory(attempt.task()))) {
        fs.mkdirs(dir);
      }
      committer.commitTask(attempt.task(), attempt.attempt());
      tasksBySink.merge(sink.id(), attempt.task() + 1, Math::max);
    }
  }

  @Override
  public void abortTask(TaskAttempt attempt) throws IOException {
    for (Sink sink : sinksByStage.getOrDefault(attempt.stageId(), List.of())) {
      committers.get(sink.id()).abortTask(attempt.task(), attempt.attempt());
    }
  }

  @Override
  public void commitJob(String jobId) throws IOException {
    for (Map.Entry<String, OutputCommitter> e : committers.entrySet()) {
      e.getValue().commitJob(tasksBySink.get(e.getKey()));
    }
  }

  /**
   * After a failed job, once no attempt can run any more: removes what attempts still wrote after
   * {@link #abortJob} (a cancelled action may finish its write before it sees the interrupt) —
   * the whole output when the job created it, else only this job's temporary directory. An
   * output already published with its {@code _SUCCESS} stays.
   */
  public void removeLeftovers(String jobId) throws IOException {
    for (Map.Entry<String, OutputCommitter> e : committers.entrySet()) {
      Path output = e.getValue().outputPath();
      FileSystem fs = output.getFileSystem(conf);
      if (fs.exists(new Path(output, OutputCommitter.SUCCESS))) {
        continue;
      }
      if (!existedBefore.get(e.getKey())) {
        fs.delete(output, true);
        continue;
      }
      Path temporary = new Path(output, OutputCommitter.TEMPORARY);
      fs.delete(new Path(temporary, jobId), true);
      if (fs.exists(temporary) && fs.listStatus(temporary).length == 0) {
        fs.delete(temporary, false);
      }
    }
  }

  @Override
  public void abortJob(String jobId) throws IOException {
    IOException first = null;
    for (OutputCommitter committer : committers.values()) {
      try {
        committer.abortJob();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
