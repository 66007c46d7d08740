package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.JobCommit;
import dev.marvel.runtime.driver.TaskAttempt;
import dev.marvel.runtime.output.OutputCommitter;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The driver's side of atomic output: one {@link OutputCommitter} per sink of the plan (local
 * files or HDFS). Tasks write under the committer's attempt directories; a sink's output appears
 * at {@link #commitJob} with every committed task's files, or never.
 */
public final class SinkCommit implements JobCommit {
    private final Configuration conf;
    private final boolean overwrite;
    private final Map<String, OutputCommitter> committers = new TreeMap<>();
    private final Map<String, SortedSet<Integer>> committedTasks = new TreeMap<>();
    private Plan plan;

    /** {@code overwrite}: replace an existing output at commit instead of refusing to start. */
    public SinkCommit(Configuration conf, boolean overwrite) {
        this.conf = conf;
        this.overwrite = overwrite;
    }

    @Override
    public void setupJob(String jobId, Plan plan) throws IOException {
        this.plan = plan;
        for (Sink sink : plan.sinks()) {
            OutputCommitter committer = new OutputCommitter(conf, sink.path(), jobId, overwrite);
            committer.setupJob();
            committers.put(sink.id(), committer);
            committedTasks.put(sink.id(), new TreeSet<>());
        }
    }

    @Override
    public String attemptDir(Sink sink, TaskAttempt attempt) {
        return committers.get(sink.id()).attemptDirectory(attempt.task(), attempt.attempt()).toString();
    }

    @Override
    public synchronized void commitTask(TaskAttempt attempt) throws IOException {
        for (String sink : sinksOf(attempt.stageId())) {
            committers.get(sink).commitTask(attempt.task(), attempt.attempt());
            committedTasks.get(sink).add(attempt.task());
        }
    }

    @Override
    public void abortTask(TaskAttempt attempt) throws IOException {
        for (String sink : sinksOf(attempt.stageId())) {
            committers.get(sink).abortTask(attempt.task(), attempt.attempt());
        }
    }

    @Override
    public synchronized void commitJob(String jobId) throws IOException {
        for (Map.Entry<String, OutputCommitter> sink : committers.entrySet()) {
            sink.getValue().commitJob(committedTasks.get(sink.getKey()).size());
        }
    }

    @Override
    public void abortJob(String jobId) throws IOException {
        for (OutputCommitter committer : committers.values()) {
            committer.abortJob();
        }
    }

    private List<String> sinksOf(String stageId) {
        Stage stage = plan.stage(stageId).orElseThrow();
        List<String> sinks = new ArrayList<>();
        for (OutputChannel output : stage.outputs()) {
            if (output instanceof OutputChannel.ToSink toSink) {
                sinks.add(toSink.sink());
            }
        }
        return sinks;
    }
}
