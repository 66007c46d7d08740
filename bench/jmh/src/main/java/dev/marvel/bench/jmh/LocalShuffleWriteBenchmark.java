package dev.marvel.bench.jmh;

import dev.marvel.runtime.shuffle.LocalShuffleStore;
import dev.marvel.runtime.shuffle.MapAttempt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A map task's shuffle output into {@link LocalShuffleStore} under {@code java.io.tmpdir} (writer,
 * close, commit), against writing the same bytes to one plain file through a 64 KiB
 * {@link BufferedOutputStream}. Writes land in the page cache; one operation is one map task.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LocalShuffleWriteBenchmark {
  @Param("1048576")
  public int blobBytes;
  @Param("16")
  public int blobsPerTask;
  @Param("8")
  public int partitions;

  private ScratchDirectory scratch;
  private LocalShuffleStore store;
  private MapTaskOutput output;
  private int job;
  private int storeTasks;
  private long storeBytesBefore;
  private Path plainDir;
  private int plainFiles;

  @Setup(Level.Trial)
  public void open() throws IOException {
    scratch = new ScratchDirectory("local-shuffle");
    store = new LocalShuffleStore(scratch.resolve("store"));
    plainDir = Files.createDirectories(scratch.resolve("plain"));
    output = new MapTaskOutput(blobBytes, blobsPerTask, partitions);
  }

  @TearDown(Level.Trial)
  public void close() {
    checkStore();
    store.close();
    scratch.close();
  }

  /** Checks what piled up and deletes it once it passes {@link MapTaskOutput#RECYCLE_BYTES}. */
  @TearDown(Level.Invocation)
  public void recycleFull() throws IOException {
    if ((long) storeTasks * output.bytes() >= MapTaskOutput.RECYCLE_BYTES) {
      checkStore();
      store.deleteJob(jobId());
      storeBytesBefore = store.counters().bytesWritten();
      storeTasks = 0;
      job++;
    }
    if ((long) plainFiles * output.bytes() >= MapTaskOutput.RECYCLE_BYTES) {
      ScratchDirectory.deleteTree(plainDir);
      Files.createDirectories(plainDir);
      plainFiles = 0;
    }
  }

  @Benchmark
  public int localShuffleStore() {
    output.writeAndCommit("localShuffleStore", store, new MapAttempt(jobId(), 0, storeTasks, 0));
    return ++storeTasks;
  }

  @Benchmark
  public int plainFileBaseline() throws IOException {
    Path file = plainDir.resolve("map-" + plainFiles);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
      for (int i = 0; i < output.blobs(); i++) {
        out.write(output.blob());
      }
    }
    BenchmarkCheck.equal("plainFileBaseline", "file bytes", output.bytes(), Files.size(file));
    return ++plainFiles;
  }

  private void checkStore() {
    BenchmarkCheck.equal("localShuffleStore", "committed map tasks", storeTasks,
        store.committedMapTasks(jobId(), 0).size());
    BenchmarkCheck.equal("localShuffleStore", "bytes written", storeTasks * output.bytes(),
        store.counters().bytesWritten() - storeBytesBefore);
  }

  private String jobId() {
    return "jmh-local-" + job;
  }
}
