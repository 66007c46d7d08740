package dev.marvel.runtime.shuffle;

import java.util.SortedMap;

/**
 * The intermediate data between two stages of a job.
 *
 * <p>Each attempt of a map task writes its output through a {@link MapOutputWriter}, then asks
 * to {@link #commit} it. The first attempt of a map task to commit wins; every other attempt of
 * that task is refused and stays invisible, so a retried or speculative map task never duplicates
 * data. A reducer streams its partition from all committed map tasks with {@link #read}.
 *
 * <p>Implementations: {@link IgniteShuffleStore} (Ignite caches, the default),
 * {@link LocalShuffleStore} (a local directory), {@link HdfsShuffleStore} (any Hadoop
 * FileSystem). All are safe for concurrent use by many threads and processes.
 */
public interface ShuffleStore extends AutoCloseable {
  /** Starts writing one map attempt's output; an attempt is written at most once. */
  MapOutputWriter openWriter(MapAttempt attempt);

  /**
   * Makes a closed attempt's output visible, atomically.
   *
   * @return true if this attempt is the committed one for its map task (also when it already
   *     was), false if another attempt of the task committed first — then this output is ignored
   * @throws IllegalStateException if the attempt's writer was never closed
   */
  boolean commit(MapAttempt attempt);

  /** Committed map tasks of a stage and the attempt committed for each, by map task. */
  SortedMap<Integer, Integer> committedMapTasks(String jobId, int stageId);

  /**
   * Streams one partition's blobs from every committed map task of a stage, ordered by map task
   * and then by the order they were written; empty if no committed task wrote to the partition.
   */
  BlobStream read(String jobId, int stageId, int partition);

  /** Deletes everything the job wrote, committed or not; nothing happens for an unknown job. */
  void deleteJob(String jobId);

  /** What this store instance moved since it was created. */
  ShuffleCounters counters();

  @Override
  void close();
}
