package test.run;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskError;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.LineReader;
import dev.marvel.runtime.run.TestFaults;
import dev.marvel.runtime.shuffle.MapAttempt;
import dev.marvel.runtime.shuffle.MapOutputWriter;
import dev.marvel.runtime.shuffle.ShuffleStore;
import dev.marvel.runtime.task.Stores;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/** Stage s1 of a hand-written WordCount: words of a split, counted, shuffled by word. */
public class CountWords {

  public static JsonObject main(JsonObject args) throws Exception {
    TaskPayload p = TaskJson.decodePayload(args);
    TestFaults.maybeFail(p);
    TaskInput.Split split = (TaskInput.Split) p.inputs().get(0);
    Map<String, Long> counts = new TreeMap<>();
    long lines = 0;
    long bytes = 0;
    try (LineReader reader = LineReader.open(new Configuration(),
        new InputSplit(split.path(), split.start(), split.length(), List.of()))) {
      while (reader.next()) {
        lines++;
        for (String w : reader.lineString().toLowerCase().split("[^a-z]+")) {
          if (!w.isEmpty()) {
            counts.merge(w, 1L, Long::sum);
          }
        }
      }
      bytes = reader.bytesRead();
    }
    int partitions = ((TaskOutput.Shuffle) p.outputs().get(0)).partitions();
    StringBuilder[] parts = new StringBuilder[partitions];
    for (int i = 0; i < partitions; i++) {
      parts[i] = new StringBuilder();
    }
    counts.forEach((w, n) -> parts[Math.floorMod(w.hashCode(), partitions)]
        .append(w).append('\t').append(n).append('\n'));
    ShuffleStore store = Stores.shuffle(p.stores().get(Stores.SHUFFLE), new Configuration());
    MapAttempt attempt = new MapAttempt(p.jobId(), 1, p.task(), p.attempt());
    long written = 0;
    try (MapOutputWriter writer = store.openWriter(attempt)) {
      for (int i = 0; i < partitions; i++) {
        byte[] blob = parts[i].toString().getBytes(StandardCharsets.UTF_8);
        if (blob.length > 0) {
          writer.write(i, blob);
          written += blob.length;
        }
      }
    }
    store.commit(attempt);
    return TaskJson.encode(TaskResult.ok(new TaskCounters(lines, counts.size(), bytes, written, 0,
        written)));
  }
}
