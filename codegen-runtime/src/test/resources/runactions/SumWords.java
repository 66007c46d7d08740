package test.run;

import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskJson;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.bundle.TaskResult;
import dev.marvel.runtime.output.OutputCommitter;
import dev.marvel.runtime.output.OutputFormat;
import dev.marvel.runtime.output.TaskOutputWriter;
import dev.marvel.runtime.run.TestFaults;
import dev.marvel.runtime.shuffle.BlobStream;
import dev.marvel.runtime.shuffle.ShuffleStore;
import dev.marvel.runtime.task.Stores;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Stage s2 of a hand-written WordCount: sums one partition and writes it as TSV. */
public class SumWords {

  public static JsonObject main(JsonObject args) throws Exception {
    TaskPayload p = TaskJson.decodePayload(args);
    TestFaults.maybeFail(p);
    TaskInput.Partition in = (TaskInput.Partition) p.inputs().get(0);
    ShuffleStore store = Stores.shuffle(p.stores().get(Stores.SHUFFLE), new Configuration());
    Map<String, Long> counts = new TreeMap<>();
    long bytesIn = 0;
    try (BlobStream blobs = store.read(p.jobId(), 1, in.partition())) {
      while (blobs.hasNext()) {
        byte[] blob = blobs.next();
        bytesIn += blob.length;
        for (String line : new String(blob, StandardCharsets.UTF_8).split("\n")) {
          int tab = line.indexOf('\t');
          counts.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
        }
      }
    }
    TaskOutput.ToSink sink = (TaskOutput.ToSink) p.outputs().get(0);
    Path file = new Path(sink.attemptDir(), OutputCommitter.partName(p.task()));
    FileSystem fs = file.getFileSystem(new Configuration());
    if (fs instanceof LocalFileSystem local) {
      fs = local.getRaw();
    }
    long out;
    try (TaskOutputWriter writer = new TaskOutputWriter(fs.create(file, true), OutputFormat.TSV)) {
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        writer.field(e.getKey());
        writer.field(e.getValue());
        writer.endRecord();
      }
      out = writer.bytesWritten();
    }
    return TaskJson.encode(TaskResult.ok(new TaskCounters(counts.size(), counts.size(), bytesIn,
        out, 0, 0)));
  }
}
