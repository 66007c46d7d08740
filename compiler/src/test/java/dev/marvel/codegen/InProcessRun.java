package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.output.OutputCommitter;
import dev.marvel.runtime.task.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;

/**
 * The smallest driver that runs a compiled plan in this JVM, for codegen tests only (the real one
 * is {@code marvelc run}): stages in plan order, one map task per input file, one reduce task per
 * partition, a local shuffle store, sinks committed with the output committer.
 */
final class InProcessRun {
  private InProcessRun() {}

  static void run(Plan plan, Path jars, Path work, String job) throws Exception {
    SortedMap<String, String> stores = new TreeMap<>(Map.of(Stores.SHUFFLE, "local:" + work.resolve("shuffle")));
    Map<String, OutputCommitter> committers = new HashMap<>();
    for (Sink s : plan.sinks()) {
      OutputCommitter c = new OutputCommitter(new Configuration(), s.path(), job, true);
      c.setupJob();
      committers.put(s.id(), c);
    }
    Map<String, Integer> tasksOf = new HashMap<>();
    Map<String, Integer> sinkTasks = new HashMap<>();
    for (Stage stage : plan.stages()) {
      List<List<TaskInput>> tasks = tasks(stage, tasksOf);
      tasksOf.put(stage.id(), tasks.size());
      for (int t = 0; t < tasks.size(); t++) {
        List<TaskOutput> outputs = new ArrayList<>();
        for (OutputChannel o : stage.outputs()) {
          if (o instanceof OutputChannel.Shuffle s) {
            outputs.add(new TaskOutput.Shuffle(s.partitions(), s.combiner()));
          } else if (o instanceof OutputChannel.Broadcast) {
            outputs.add(new TaskOutput.Broadcast());
          } else if (o instanceof OutputChannel.ToSink s) {
            outputs.add(new TaskOutput.ToSink(s.sink(), committers.get(s.sink()).attemptDirectory(t, 0).toString()));
          }
        }
        TaskResult r = WordCountActionTest.invoke(jars.resolve(stage.id() + ".jar"), stage.mainClass(),
            new TaskPayload(job, stage.id(), t, 0, tasks.get(t), outputs, stores, BadRecordPolicy.FAIL, 0));
        assertTrue(r.succeeded(), () -> stage.id() + " task: " + r.error().orElseThrow());
        for (OutputChannel o : stage.outputs()) {
          if (o instanceof OutputChannel.ToSink s) {
            committers.get(s.sink()).commitTask(t, 0);
            sinkTasks.merge(s.sink(), tasks.size(), Math::max);
          }
        }
      }
    }
    for (Map.Entry<String, OutputCommitter> c : committers.entrySet()) {
      c.getValue().commitJob(sinkTasks.getOrDefault(c.getKey(), 0));
    }
  }

  private static List<List<TaskInput>> tasks(Stage stage, Map<String, Integer> tasksOf) throws Exception {
    List<List<TaskInput>> tasks = new ArrayList<>();
    List<TaskInput> shared = new ArrayList<>();
    for (InputChannel in : stage.inputs()) {
      if (in instanceof InputChannel.Splits s) {
        for (String p : s.paths()) {
          for (Path f : files(Path.of(p))) {
            tasks.add(new ArrayList<>(List.of(new TaskInput.Split(f.toUri().toString(), 0, Files.size(f)))));
          }
        }
      } else if (in instanceof InputChannel.Broadcast b) {
        shared.add(new TaskInput.Broadcast(b.producer(), Collections.nCopies(tasksOf.get(b.producer()), 0)));
      }
    }
    for (InputChannel in : stage.inputs()) {
      if (in instanceof InputChannel.Shuffle s) {
        while (tasks.size() < s.partitions()) {
          tasks.add(new ArrayList<>());
        }
        for (int p = 0; p < s.partitions(); p++) {
          tasks.get(p).add(new TaskInput.Partition(s.producer(), p, Collections.nCopies(tasksOf.get(s.producer()), 0)));
        }
      }
    }
    tasks.forEach(t -> t.addAll(shared));
    return tasks;
  }

  private static List<Path> files(Path p) throws Exception {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** All lines of the part files of an output directory, sorted. */
  static List<String> output(Path dir) throws Exception {
    List<String> lines = outputInOrder(dir);
    Collections.sort(lines);
    return lines;
  }

  /** All lines of the part files of an output directory, part after part. */
  static List<String> outputInOrder(Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }
}
