package dev.marvel.runtime.task;

import dev.marvel.bundle.TaskCounters;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskOutput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.io.DelimitedFormat;
import dev.marvel.runtime.io.ProjectedColumn;
import dev.marvel.runtime.output.OutputCommitter;
import dev.marvel.runtime.output.OutputFormat;
import dev.marvel.runtime.output.TaskOutputWriter;
import dev.marvel.runtime.shuffle.BlobStream;
import dev.marvel.runtime.shuffle.MapAttempt;
import dev.marvel.runtime.shuffle.MapOutputWriter;
import dev.marvel.runtime.shuffle.ShuffleStore;
import dev.marvel.runtime.spill.DirectorySpillArea;
import dev.marvel.runtime.spill.SpillingHashAggregator;
import dev.marvel.runtime.spill.SpillingSorter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Everything one task attempt reads and writes, opened from its {@link TaskPayload}: what
 * generated stage code calls for I/O. Inputs: the splits as text or CSV, a producer's shuffle
 * partition or broadcast. Outputs: the keyed shuffle (or broadcast) and sinks. State: spilling
 * aggregators and sorters within this task's memory budget. {@link #finish()} flushes and commits
 * the outputs and returns the counters.
 */
public final class TaskContext implements AutoCloseable {
  /** The share of the heap one task's aggregation or sort state may use before spilling. */
  private static final double MEMORY_SHARE = 0.125;

  private final TaskPayload payload;
  private final Configuration conf;
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final List<TextInput> texts = new ArrayList<>();
  private final List<CsvInput> csvs = new ArrayList<>();
  private final List<ShuffleInput> shuffles = new ArrayList<>();
  private final List<TaskOutputWriter> sinks = new ArrayList<>();
  // Read once: generated pre-aggregations check it for every new key, and maxMemory() is a
  // call into the VM (3 % of BDB Q2's map-stage samples when it was asked each time).
  private final long memoryBudget = (long) (Runtime.getRuntime().maxMemory() * MEMORY_SHARE);
  private ShuffleStore store;
  private MapOutputWriter mapOutput;
  private ShuffleOutput shuffleOutput;

  public TaskContext(TaskPayload payload) {
    this.payload = payload;
    this.conf = Stores.configuration(payload.stores());
  }

  public TaskPayload payload() {
    return payload;
  }

  public int task() {
    return payload.task();
  }

  /** The lines of this task's splits of the stage's first source. */
  public TextInput text() {
    return text(0);
  }

  /** The lines of this task's splits of source {@code source} (none when it has none of it). */
  public TextInput text(int source) {
    TextInput in = new TextInput(conf, splits(source));
    texts.add(in);
    opened.add(in);
    return in;
  }

  /** The records of this task's CSV/TSV splits of the stage's first source; {@code location} is the program's {@code read}. */
  public CsvInput csv(DelimitedFormat format, List<ProjectedColumn> columns, String location) {
    return csv(0, format, columns, location);
  }

  /** As {@link #csv(DelimitedFormat, List, String)}, for the splits of source {@code source}. */
  public CsvInput csv(int source, DelimitedFormat format, List<ProjectedColumn> columns, String location) {
    BadRecordPolicy policy = payload.badRecords() == dev.marvel.bundle.BadRecordPolicy.SKIP
        ? BadRecordPolicy.SKIP : BadRecordPolicy.FAIL;
    CsvInput in = new CsvInput(conf, splits(source), format, columns, policy, location);
    csvs.add(in);
    opened.add(in);
    return in;
  }

  /** This task's partition of {@code producer}'s shuffle, from the producer's committed attempts. */
  public ShuffleInput shuffle(String producer) {
    return shuffle(producer, 0);
  }

  /**
   * This task's partition of a shuffle whose partitions start at {@code first} of
   * {@code producer}'s map output (a producer with several shuffle or broadcast outputs).
   */
  public ShuffleInput shuffle(String producer, int first) {
    for (TaskInput in : payload.inputs()) {
      if (in instanceof TaskInput.Partition p && p.producer().equals(producer)) {
        return read(producer, first + p.partition(), p.producerAttempts().size());
      }
    }
    throw new IllegalStateException("the payload has no shuffle partition of stage " + producer);
  }

  /** All of {@code producer}'s broadcast output. */
  public ShuffleInput broadcast(String producer) {
    return broadcast(producer, 0);
  }

  /** All of a broadcast that is partition {@code partition} of {@code producer}'s map output. */
  public ShuffleInput broadcast(String producer, int partition) {
    for (TaskInput in : payload.inputs()) {
      if (in instanceof TaskInput.Broadcast b && b.producer().equals(producer)) {
        return read(producer, partition, b.producerAttempts().size());
      }
    }
    throw new IllegalStateException("the payload has no broadcast input from stage " + producer);
  }

  /**
   * This attempt's map output, partitioned as the payload says: the partitions of its shuffle
   * outputs and one per broadcast output, in output order ({@link ShuffleOutput#channel}).
   */
  public ShuffleOutput shuffleOutput() {
    if (shuffleOutput == null) {
      int partitions = 0;
      for (TaskOutput out : payload.outputs()) {
        if (out instanceof TaskOutput.Shuffle s) {
          partitions += s.partitions();
        } else if (out instanceof TaskOutput.Broadcast) {
          partitions++;
        }
      }
      partitions = Math.max(1, partitions);
      // The batches come on top of the task's tables, so a small heap must shrink them too.
      shuffleOutput = new ShuffleOutput(mapOutput(), partitions,
          Math.min(ShuffleOutput.MAX_BUFFER_BYTES, memoryBudget / 2));
    }
    return shuffleOutput;
  }

  /** This attempt's broadcast output: one partition every consumer task reads whole. */
  public ShuffleOutput broadcastOutput() {
    return shuffleOutput();
  }

  /** A writer of this attempt's part file of sink {@code sink}, in {@code format} ({@code tsv}, {@code csv}, {@code text}). */
  public TaskOutputWriter sink(String sink, String format) throws IOException {
    for (TaskOutput out : payload.outputs()) {
      if (out instanceof TaskOutput.ToSink s && s.sink().equals(sink)) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(s.attemptDir(),
            OutputCommitter.partName(payload.task()));
        FileSystem fs = OutputCommitter.fileSystemFor(file, conf);
        TaskOutputWriter writer = new TaskOutputWriter(fs.create(file, true), OutputFormat.parse(format));
        sinks.add(writer);
        opened.add(writer);
        return writer;
      }
    }
    throw new IllegalStateException("the payload has no output for sink " + sink);
  }

  /** Groups (key, value) records within this task's memory budget, spilling sorted runs when it is exceeded. */
  public SpillingHashAggregator aggregator(SpillingHashAggregator.Combiner combiner) {
    SpillingHashAggregator a = new SpillingHashAggregator(spillArea(), memoryBudget(), combiner);
    opened.add(a);
    return a;
  }

  /** Sorts (key, value) records by key bytes within this task's memory budget, spilling sorted runs. */
  public SpillingSorter sorter() {
    SpillingSorter s = new SpillingSorter(spillArea(), memoryBudget());
    opened.add(s);
    return s;
  }

  /** Bytes of state (hash tables, buffers) this task may hold before flushing or spilling. */
  public long memoryBudget() {
    return memoryBudget;
  }

  /** Flushes and commits the outputs, closes the inputs, and counts what the task did. */
  public TaskCounters finish() throws Exception {
    long outRecords = 0;
    long outBytes = 0;
    for (TaskOutputWriter w : sinks) {
      w.close();
      outRecords += w.recordsWritten();
      outBytes += w.bytesWritten();
    }
    long shuffleBytes = 0;
    if (shuffleOutput != null) {
      shuffleOutput.finish();
      outRecords += shuffleOutput.records();
      shuffleBytes = shuffleOutput.bytes();
    }
    if (mapOutput != null) {
      MapOutputWriter written = mapOutput;
      mapOutput = null;
      written.close();
      // Refused when another attempt of this task committed first: its output is the same rows.
      store.commit(attempt());
    }
    long inRecords = 0;
    long inBytes = 0;
    long bad = 0;
    for (TextInput t : texts) {
      inRecords += t.records();
      inBytes += t.bytes();
    }
    for (CsvInput c : csvs) {
      inRecords += c.records();
      inBytes += c.bytes();
      bad += c.badRecords();
    }
    for (ShuffleInput s : shuffles) {
      inRecords += s.records();
      inBytes += s.bytes();
    }
    close();
    return new TaskCounters(inRecords, outRecords, inBytes, outBytes + shuffleBytes, bad, shuffleBytes);
  }

  /** Releases everything still open; what was not committed stays invisible. */
  @Override
  public void close() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception ignored) {
        // Closing after a failure must not hide the failure; the attempt is discarded anyway.
      }
    }
    opened.clear();
    if (mapOutput != null) {
      // A failed attempt's shuffle output is never committed, so readers never see it.
      MapOutputWriter abandoned = mapOutput;
      mapOutput = null;
      try {
        abandoned.close();
      } catch (RuntimeException ignored) {
        // As above: the failure that got us here is what the result reports.
      }
    }
  }

  private List<TaskInput.Split> splits(int source) {
    List<TaskInput.Split> splits = new ArrayList<>();
    for (TaskInput in : payload.inputs()) {
      if (in instanceof TaskInput.Split s && s.source() == source) {
        splits.add(s);
      }
    }
    return splits;
  }

  private ShuffleInput read(String producer, int partition, int producerTasks) {
    ShuffleStore s = store();
    int stage = stageNumber(producer);
    SortedMap<Integer, Integer> committed = s.committedMapTasks(payload.jobId(), stage);
    for (int t = 0; t < producerTasks; t++) {
      if (!committed.containsKey(t)) {
        throw new IllegalStateException("the shuffle output of stage " + producer + " task " + t
            + " is not committed in the store; was the producer stage run with the same job id?");
      }
    }
    List<BlobStream> streams = List.of(s.read(payload.jobId(), stage, partition));
    ShuffleInput in = new ShuffleInput(streams);
    shuffles.add(in);
    opened.add(in);
    return in;
  }

  private MapOutputWriter mapOutput() {
    if (mapOutput == null) {
      mapOutput = store().openWriter(attempt());
    }
    return mapOutput;
  }

  private MapAttempt attempt() {
    return new MapAttempt(payload.jobId(), stageNumber(payload.stageId()), payload.task(), payload.attempt());
  }

  private ShuffleStore store() {
    if (store == null) {
      String endpoint = payload.stores().get(Stores.SHUFFLE);
      if (endpoint == null) {
        throw new IllegalStateException("the payload's stores name no `" + Stores.SHUFFLE + "` endpoint");
      }
      store = Stores.shuffle(endpoint, conf);
    }
    return store;
  }

  private DirectorySpillArea spillArea() {
    String dir = payload.stores().getOrDefault(Stores.SPILL, System.getProperty("java.io.tmpdir"));
    return new DirectorySpillArea(Path.of(dir, "marvel-spill", payload.jobId(),
        payload.stageId() + "-" + payload.task() + "-" + payload.attempt()));
  }

  /**
   * The shuffle store's number for stage {@code id}: the compiler names stages {@code s1},
   * {@code s2}, …, and the store keys map output by an int.
   */
  static int stageNumber(String id) {
    if (id.length() > 1 && id.charAt(0) == 's') {
      try {
        return Integer.parseInt(id.substring(1));
      } catch (NumberFormatException e) {
        // Falls through to the message below.
      }
    }
    throw new IllegalArgumentException("stage id '" + id + "' is not of the form s<number>");
  }
}
