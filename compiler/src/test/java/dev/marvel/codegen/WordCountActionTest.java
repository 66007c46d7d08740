package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.marvel.bundle.BadRecordPolicy;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.output.OutputCommitter;
import dev.marvel.runtime.task.Stores;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs WordCount's generated action jars as OpenWhisk would: each loaded in a fresh class loader,
 * called through {@code main(JsonObject)} with a task payload — two map tasks over a tiny file
 * into a local shuffle store, then one reduce task per partition into a committed sink.
 */
class WordCountActionTest {
  @TempDir
  Path dir;

  @Test
  void mapThenReduceTasksCountTheWords() throws Exception {
    Path input = dir.resolve("in.txt");
    String text = "The cat, the DOG.\nthe end\n\nCat-dog 42 café\n";
    Files.writeString(input, text, StandardCharsets.UTF_8);
    Path jars = dir.resolve("actions");
    Files.createDirectories(jars);
    TestCompilations.Compiled wc = TestCompilations.compile("wordcount.mvl", TestCompilations.sample("wordcount"),
        Map.of("input", input.toString(), "output", dir.resolve("out").toString()));
    for (var jar : wc.jars().entrySet()) {
      Files.write(jars.resolve(jar.getKey() + ".jar"), jar.getValue());
    }
    var plan = wc.generated().plan();
    int partitions = plan.stage("s2").orElseThrow().inputs().size() == 1
        ? ((dev.marvel.bundle.InputChannel.Shuffle) plan.stage("s2").orElseThrow().inputs().get(0)).partitions() : 0;
    SortedStores stores = new SortedStores("local:" + dir.resolve("shuffle"));
    String job = "wc-test";

    long half = Files.size(input) / 2;
    List<TaskInput> splits = List.of(new TaskInput.Split(input.toUri().toString(), 0, half),
        new TaskInput.Split(input.toUri().toString(), half, Files.size(input) - half));
    for (int task = 0; task < 2; task++) {
      TaskResult r = invoke(jars.resolve("s1.jar"), plan.stage("s1").orElseThrow().mainClass(),
          new TaskPayload(job, "s1", task, 0, List.of(splits.get(task)),
              List.of(new TaskOutput.Shuffle(partitions, true)), stores.map, BadRecordPolicy.FAIL, 0));
      assertTrue(r.succeeded(), () -> r.error().orElseThrow().message());
    }

    OutputCommitter committer = new OutputCommitter(new Configuration(), dir.resolve("out").toUri().toString(), job,
        false);
    committer.setupJob();
    for (int p = 0; p < partitions; p++) {
      String attemptDir = committer.attemptDirectory(p, 0).toString();
      TaskResult r = invoke(jars.resolve("s2.jar"), plan.stage("s2").orElseThrow().mainClass(),
          new TaskPayload(job, "s2", p, 0, List.of(new TaskInput.Partition("s1", p, List.of(0, 0))),
              List.of(new TaskOutput.ToSink("counts", attemptDir)), stores.map, BadRecordPolicy.FAIL, 0));
      assertTrue(r.succeeded(), () -> r.error().orElseThrow().message());
      committer.commitTask(p, 0);
    }
    committer.commitJob(partitions);

    Map<String, String> counts = new TreeMap<>();
    try (Stream<Path> parts = Files.list(dir.resolve("out"))) {
      for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          String[] f = line.split("\t");
          counts.put(f[0], f[1]);
        }
      }
    }
    assertEquals(new TreeMap<>(Map.of("the", "3", "cat", "2", "dog", "2", "end", "1", "caf", "1")), counts);
  }

  /** The payload's stores: a local shuffle directory. */
  private record SortedStores(java.util.SortedMap<String, String> map) {
    SortedStores(String shuffle) {
      this(new TreeMap<>(Map.of(Stores.SHUFFLE, shuffle)));
    }
  }

  /** Loads {@code jar} in its own class loader (parent: the runtime) and calls main, as the action proxy does. */
  static TaskResult invoke(Path jar, String mainClass, TaskPayload payload) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        WordCountActionTest.class.getClassLoader())) {
      Class<?> action = Class.forName(mainClass, true, loader);
      assertEquals(loader, action.getClassLoader(), "the action class must come from its jar");
      Method main = action.getMethod("main", JsonObject.class);
      JsonObject args = TaskJson.encode(payload);
      args.addProperty("__ow_activation_id", "ignored");
      return TaskJson.decodeResult((JsonObject) main.invoke(null, args));
    }
  }
}
