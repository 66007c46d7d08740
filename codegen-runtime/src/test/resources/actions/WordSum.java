package test.actions;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage 2 of a test WordCount: sums partition p of every producer task's committed attempt and
 * writes "word\tcount" lines into its sink attempt directory.
 */
public class WordSum {

  public static JsonObject main(JsonObject args) throws Exception {
    TaskPayload p = TaskJson.decodePayload(args);
    TaskInput.Partition in = (TaskInput.Partition) p.inputs().get(0);
    Map<String, Long> counts = new TreeMap<>();
    long recordsIn = 0;
    long bytesIn = 0;
    for (int t = 0; t < in.producerAttempts().size(); t++) {
      Path part = Path.of(p.stores().get("shuffle"), p.jobId(), in.producer(),
          t + "-" + in.producerAttempts().get(t), "part-" + in.partition());
      byte[] bytes = Files.readAllBytes(part);
      bytesIn += bytes.length;
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          String[] f = line.split("\t");
          counts.merge(f[0], Long.parseLong(f[1]), Long::sum);
          recordsIn++;
        }
      }
    }
    Path out = localFile(((TaskOutput.ToSink) p.outputs().get(0)).attemptDir());
    Files.createDirectories(out);
    StringBuilder sb = new StringBuilder();
    counts.forEach((w, n) -> sb.append(w).append('\t').append(n).append('\n'));
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(out.resolve("part-" + p.task()), bytes);
    if (p.attempt() == 0 && Files.exists(Path.of(p.stores().get("faults"),
        "fail-once-" + p.stageId() + "-" + p.task()))) {
      throw new IllegalStateException("injected crash after writing the output");
    }
    return TaskJson.encode(TaskResult.ok(new TaskCounters(recordsIn, counts.size(), bytesIn,
        bytes.length, 0, 0)));
  }

  /** A sink directory as the test's committer ("/tmp/…") or Hadoop's ("file:/tmp/…") names it. */
  private static Path localFile(String path) {
    return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
  }
}
