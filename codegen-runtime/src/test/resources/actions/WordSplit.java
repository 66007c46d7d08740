package test.actions;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.testkit.ConcurrencyProbe;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 1 of a test WordCount, as a generated action would behave: counts the words of its
 * split and writes one file per shuffle partition under an attempt-scoped directory.
 * Fault injection by marker files in the "faults" store directory: fail-once, fail-always, hang,
 * and stall-once (the first attempt announces its process id and waits to be killed).
 */
public class WordSplit {

  public static JsonObject main(JsonObject args) throws Exception {
    TaskPayload p = TaskJson.decodePayload(args);
    ConcurrencyProbe.enter();
    try {
      return run(p);
    } finally {
      ConcurrencyProbe.exit();
    }
  }

  private static JsonObject run(TaskPayload p) throws IOException, InterruptedException {
    Path faults = Path.of(p.stores().get("faults"));
    String marker = p.stageId() + "-" + p.task();
    if (Files.exists(faults.resolve("fail-always-" + marker))) {
      return TaskJson.encode(TaskResult.failed(TaskError.user("cannot cast 'abc' to int",
          "wordcount.mvl:4:18")));
    }
    if (Files.exists(faults.resolve("hang-" + marker))) {
      ConcurrencyProbe.hangUntilInterrupted();
    }
    if (p.attempt() == 0 && Files.exists(faults.resolve("stall-once-" + marker))) {
      stall(faults.resolve("stalled-" + marker));
    }
    TaskInput.Split split = (TaskInput.Split) p.inputs().get(0);
    byte[] bytes = new byte[(int) split.length()];
    try (RandomAccessFile f = new RandomAccessFile(localFile(split.path()).toFile(), "r")) {
      f.seek(split.start());
      f.readFully(bytes);
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String word : new String(bytes, StandardCharsets.UTF_8).split("[^a-z]+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1L, Long::sum);
      }
    }
    int partitions = ((TaskOutput.Shuffle) p.outputs().get(0)).partitions();
    List<StringBuilder> parts = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      parts.add(new StringBuilder());
    }
    counts.forEach((w, n) -> parts.get(Math.floorMod(w.hashCode(), partitions))
        .append(w).append('\t').append(n).append('\n'));
    Path dir = Path.of(p.stores().get("shuffle"), p.jobId(), p.stageId(),
        p.task() + "-" + p.attempt());
    Files.createDirectories(dir);
    long written = 0;
    for (int i = 0; i < partitions; i++) {
      byte[] part = parts.get(i).toString().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve("part-" + i), part);
      written += part.length;
      if (i == 0 && p.attempt() == 0 && Files.exists(faults.resolve("fail-once-" + marker))) {
        throw new IllegalStateException("injected crash after writing part of the output");
      }
    }
    long words = counts.values().stream().mapToLong(Long::longValue).sum();
    return TaskJson.encode(TaskResult.ok(new TaskCounters(words, counts.size(), bytes.length,
        written, 0, written)));
  }

  /** A split path as the test's file planner ("/tmp/…") or Hadoop's ("file:/tmp/…") names it. */
  private static Path localFile(String path) {
    return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
  }

  /**
   * Announces this process (the container running the attempt) in {@code signal}, then waits to
   * be killed: a test destroys the process to play a lost container.
   */
  private static void stall(Path signal) throws IOException, InterruptedException {
    Path partial = signal.resolveSibling(signal.getFileName() + ".tmp");
    Files.writeString(partial, Long.toString(ProcessHandle.current().pid()));
    Files.move(partial, signal, StandardCopyOption.ATOMIC_MOVE);
    Thread.sleep(120_000);
  }
}
