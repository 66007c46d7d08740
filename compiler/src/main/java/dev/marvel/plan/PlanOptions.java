package dev.marvel.plan;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The knobs planning decisions depend on, instead of constants: how wide to run, how much data a
 * partition should hold, when a join side is small enough to broadcast, and what is known about
 * input sizes (bytes per source path, e.g. from the file system when compiling for a run).
 *
 * @param defaultParallelism partitions of a shuffle when no input size is known
 * @param maxParallelism upper bound on partitions of any shuffle
 * @param targetBytesPerPartition bytes of input per shuffle partition when sizes are known
 * @param broadcastThresholdBytes a join side estimated at most this large is broadcast
 * @param sampleFraction fraction of the input a range-partitioning sampler reads
 * @param inputSizeEstimates bytes per source path; absent means unknown
 */
public record PlanOptions(
    int defaultParallelism, int maxParallelism, long targetBytesPerPartition, long broadcastThresholdBytes,
    double sampleFraction, SortedMap<String, Long> inputSizeEstimates) {

  public PlanOptions {
    if (defaultParallelism < 1 || maxParallelism < defaultParallelism || targetBytesPerPartition < 1
        || sampleFraction <= 0 || sampleFraction > 1) {
      throw new IllegalArgumentException("inconsistent plan options");
    }
    inputSizeEstimates = new TreeMap<>(inputSizeEstimates);
  }

  /** 4-way shuffles, 128 MiB per partition, broadcast under 10 MiB, sample 1% for range partitioning. */
  public static PlanOptions defaults() {
    return new PlanOptions(4, 256, 128L << 20, 10L << 20, 0.01, new TreeMap<>());
  }

  public PlanOptions withDefaultParallelism(int n) {
    return new PlanOptions(n, Math.max(n, maxParallelism), targetBytesPerPartition, broadcastThresholdBytes,
        sampleFraction, inputSizeEstimates);
  }

  public PlanOptions withInputSizes(Map<String, Long> sizes) {
    SortedMap<String, Long> all = new TreeMap<>(inputSizeEstimates);
    all.putAll(sizes);
    return new PlanOptions(defaultParallelism, maxParallelism, targetBytesPerPartition, broadcastThresholdBytes,
        sampleFraction, all);
  }
}
