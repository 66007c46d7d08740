package dev.marvel.bench.jmh;

import dev.marvel.runtime.ignite.CacheSpec;
import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.ignite.KeyValueCache;
import dev.marvel.runtime.shuffle.IgniteShuffleStore;
import dev.marvel.runtime.shuffle.MapAttempt;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * A map task's shuffle output into {@link IgniteShuffleStore} on an embedded node of this JVM
 * (started once per trial, as {@code marvelc run} does), against {@code putAll} of the same blobs
 * into a plain cache of the same group and data region, in batches of the store's write batch
 * size: the difference is what the store adds (blob keys, copies, the manifest, the commit).
 * One operation is one map task.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class IgniteShuffleWriteBenchmark {
  @Param("1048576")
  public int blobBytes;
  @Param("16")
  public int blobsPerTask;
  @Param("8")
  public int partitions;

  private ScratchDirectory scratch;
  private EmbeddedIgnite ignite;
  private IgniteConnection connection;
  private IgniteShuffleStore store;
  private MapTaskOutput output;
  private int writeBatchBytes;
  private int job;
  private int storeTasks;
  private long storeBytesBefore;
  private int baselineCaches;
  private String baselineCacheName;
  private KeyValueCache<String, byte[]> baselineCache;
  private int baselineTasks;

  @Setup(Level.Trial)
  public void start() throws IOException {
    scratch = new ScratchDirectory("ignite-shuffle");
    ignite = EmbeddedIgnite.start(scratch.path());
    connection = ignite.connection();
    store = new IgniteShuffleStore(connection);
    writeBatchBytes = IgniteShuffleStore.Settings.defaults().writeBatchBytes();
    output = new MapTaskOutput(blobBytes, blobsPerTask, partitions);
    createJobCache();
    createBaselineCache();
  }

  @TearDown(Level.Trial)
  public void stop() {
    checkStore();
    checkBaseline();
    store.close();
    ignite.close();
    scratch.close();
  }

  /**
   * Checks what piled up and drops it once it passes {@link MapTaskOutput#RECYCLE_BYTES}, so the
   * shuffle region never fills; caches are made here, so creating one is not timed as a write.
   */
  @TearDown(Level.Invocation)
  public void recycleFull() {
    if ((long) storeTasks * output.bytes() >= MapTaskOutput.RECYCLE_BYTES) {
      checkStore();
      store.deleteJob(jobId());
      storeBytesBefore = store.counters().bytesWritten();
      storeTasks = 0;
      job++;
      createJobCache();
    }
    if ((long) baselineTasks * output.bytes() >= MapTaskOutput.RECYCLE_BYTES) {
      checkBaseline();
      connection.destroyCache(baselineCacheName);
      baselineTasks = 0;
      createBaselineCache();
    }
  }

  @Benchmark
  public int igniteShuffleStore() {
    output.writeAndCommit("igniteShuffleStore", store, new MapAttempt(jobId(), 0, storeTasks, 0));
    return ++storeTasks;
  }

  @Benchmark
  public int cachePutAllBaseline() {
    Map<String, byte[]> batch = new LinkedHashMap<>();
    long batchBytes = 0;
    for (int i = 0; i < output.blobs(); i++) {
      byte[] blob = output.blob();
      batch.put(baselineKey(baselineTasks, i), Arrays.copyOf(blob, blob.length));
      batchBytes += blob.length;
      if (batchBytes >= writeBatchBytes) {
        baselineCache.putAll(batch);
        batch.clear();
        batchBytes = 0;
      }
    }
    if (!batch.isEmpty()) {
      baselineCache.putAll(batch);
    }
    return ++baselineTasks;
  }

  private void checkStore() {
    BenchmarkCheck.equal("igniteShuffleStore", "committed map tasks", storeTasks,
        store.committedMapTasks(jobId(), 0).size());
    BenchmarkCheck.equal("igniteShuffleStore", "bytes written", storeTasks * output.bytes(),
        store.counters().bytesWritten() - storeBytesBefore);
  }

  private void checkBaseline() {
    if (baselineTasks > 0) {
      byte[] last = baselineCache.get(baselineKey(baselineTasks - 1, output.blobs() - 1));
      BenchmarkCheck.equal("cachePutAllBaseline", "bytes of the last blob", output.blob().length,
          last == null ? -1 : last.length);
    }
  }

  private void createJobCache() {
    store.committedMapTasks(jobId(), 0);
  }

  private void createBaselineCache() {
    baselineCacheName = "marvel-jmh-baseline-" + ++baselineCaches;
    baselineCache = connection.cache(new CacheSpec(baselineCacheName, IgniteShuffleStore.CACHE_GROUP,
        EmbeddedIgnite.SHUFFLE_REGION, 0));
  }

  private String baselineKey(int task, int blob) {
    return task + "/" + output.partitionOf(blob) + "/" + blob;
  }

  private String jobId() {
    return "jmh-ignite-" + job;
  }
}
