package dev.marvel.runtime.shuffle;

import dev.marvel.runtime.ignite.CacheSpec;
import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.ignite.KeyValueCache;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shuffle data in Ignite memory: the default store, reachable from the driver's JVM and, through a
 * thin client, from actions in other processes.
 *
 * <p>Each job gets its own cache, {@code marvel-shuffle-<job>}, in the cache group
 * {@code marvel-shuffle} (so caches share partition maps and creating one per job stays cheap),
 * PARTITIONED and ATOMIC, in {@link EmbeddedIgnite#SHUFFLE_REGION}. {@link #deleteJob} destroys the
 * cache, which also drops blobs of attempts that died before closing. Keys are strings, values
 * byte arrays, int arrays or strings, so server nodes need none of Marvel's classes:
 *
 * <pre>
 * b/&lt;stage&gt;/&lt;map&gt;/&lt;attempt&gt;/&lt;partition&gt;/&lt;seq&gt;  → byte[]  one blob
 * m/&lt;stage&gt;/&lt;map&gt;/&lt;attempt&gt;                      → int[]   (partition, blob count) pairs, written on close
 * c/&lt;stage&gt;                                          → String  "map=attempt,…", the committed attempts
 * </pre>
 *
 * <p>Committing is a compare-and-set on the stage's {@code c/} entry: one single-key atomic step both
 * decides which attempt wins and makes it visible.
 */
public final class IgniteShuffleStore implements ShuffleStore {
  public static final String CACHE_PREFIX = "marvel-shuffle-";
  public static final String CACHE_GROUP = "marvel-shuffle";

  /**
   * @param dataRegion data region of the shuffle caches; it must exist on every server node
   * @param backups copies besides the primary; 0 (the default) loses data with a node, which a
   *     retry of the stage recovers, and halves the memory shuffle takes
   * @param writeBatchBytes blob bytes a writer gathers before one {@code putAll}
   * @param readBatchBlobs blobs a reader fetches with one {@code getAll}
   * @param regionFillLimit the fraction of the data region a writer may fill; beyond it the write
   *     fails instead of letting Ignite run out of memory, which stops the node. Checked where the
   *     region is visible (a node in this JVM), against that node's share of the data
   */
  public record Settings(String dataRegion, int backups, int writeBatchBytes, int readBatchBlobs,
      double regionFillLimit) {
    public static Settings defaults() {
      return new Settings(EmbeddedIgnite.SHUFFLE_REGION, 0, 8 << 20, 4, 0.9);
    }
  }

  private final IgniteConnection connection;
  private final Settings settings;
  private final ShuffleCounters counters = new ShuffleCounters();
  private final Map<String, KeyValueCache<String, Object>> caches = new ConcurrentHashMap<>();

  public IgniteShuffleStore(IgniteConnection connection) {
    this(connection, Settings.defaults());
  }

  public IgniteShuffleStore(IgniteConnection connection, Settings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  @Override
  public MapOutputWriter openWriter(MapAttempt attempt) {
    return new CacheWriter(attempt, cache(attempt.jobId()));
  }

  @Override
  public boolean commit(MapAttempt attempt) {
    KeyValueCache<String, Object> cache = cache(attempt.jobId());
    String rosterKey = rosterKey(attempt.stageId());
    while (true) {
      String roster = (String) cache.get(rosterKey);
      SortedMap<Integer, Integer> committed = parseRoster(roster);
      Integer winner = committed.get(attempt.mapTask());
      if (winner != null) {
        return winner == attempt.attempt();
      }
      if (cache.get(manifestKey(attempt.stageId(), attempt.mapTask(), attempt.attempt())) == null) {
        throw new IllegalStateException("cannot commit " + attempt
            + ": its writer was never closed (no manifest in cache " + cacheName(attempt.jobId()) + ")");
      }
      committed.put(attempt.mapTask(), attempt.attempt());
      String updated = formatRoster(committed);
      boolean stored = roster == null
          ? cache.putIfAbsent(rosterKey, updated)
          : cache.replace(rosterKey, roster, updated);
      if (stored) {
        return true;
      }
      // Another map task of the stage committed in between; read its roster and try again.
    }
  }

  @Override
  public SortedMap<Integer, Integer> committedMapTasks(String jobId, int stageId) {
    MapAttempt.requireValidJobId(jobId);
    return Collections.unmodifiableSortedMap(
        parseRoster((String) cache(jobId).get(rosterKey(stageId))));
  }

  @Override
  public BlobStream read(String jobId, int stageId, int partition) {
    MapAttempt.requireNonNegative("partition", partition);
    SortedMap<Integer, Integer> committed = committedMapTasks(jobId, stageId);
    return new CacheStream(jobId, stageId, partition, committed.entrySet().iterator());
  }

  @Override
  public void deleteJob(String jobId) {
    MapAttempt.requireValidJobId(jobId);
    caches.remove(jobId);
    connection.destroyCache(cacheName(jobId));
  }

  @Override
  public ShuffleCounters counters() {
    return counters;
  }

  @Override
  public void close() {
    caches.clear();
  }

  private KeyValueCache<String, Object> cache(String jobId) {
    return caches.computeIfAbsent(MapAttempt.requireValidJobId(jobId), id -> connection.cache(
        new CacheSpec(cacheName(id), CACHE_GROUP, settings.dataRegion(), settings.backups())));
  }

  private static String cacheName(String jobId) {
    return CACHE_PREFIX + jobId;
  }

  private static String blobKey(int stage, int map, int attempt, int partition, int seq) {
    return "b/" + stage + "/" + map + "/" + attempt + "/" + partition + "/" + seq;
  }

  private static String manifestKey(int stage, int map, int attempt) {
    return "m/" + stage + "/" + map + "/" + attempt;
  }

  private static String rosterKey(int stage) {
    return "c/" + stage;
  }

  static SortedMap<Integer, Integer> parseRoster(String roster) {
    SortedMap<Integer, Integer> committed = new TreeMap<>();
    if (roster != null && !roster.isEmpty()) {
      for (String entry : roster.split(",")) {
        int eq = entry.indexOf('=');
        committed.put(Integer.parseInt(entry.substring(0, eq)),
            Integer.parseInt(entry.substring(eq + 1)));
      }
    }
    return committed;
  }

  static String formatRoster(SortedMap<Integer, Integer> committed) {
    StringBuilder roster = new StringBuilder();
    committed.forEach((map, attempt) -> {
      if (roster.length() > 0) {
        roster.append(',');
      }
      roster.append(map).append('=').append(attempt);
    });
    return roster.toString();
  }

  /** Refuses a batch that would fill the region past its limit, which would stop the node. */
  private void checkRoomFor(long bytes, MapAttempt attempt) {
    connection.regionUsage(settings.dataRegion()).ifPresent(usage -> {
      // Entries cost a little more than their bytes: keys, headers, page fragments.
      long needed = usage.usedBytes() + bytes + bytes / 16;
      if (needed > settings.regionFillLimit() * usage.maxBytes()) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "Ignite data region '%s' cannot take %d more bytes of shuffle output of %s: %d of"
                + " %d bytes are in use and the limit is %.0f%%; give Ignite more memory, or use"
                + " the HDFS or local shuffle store for this job",
            settings.dataRegion(), bytes, attempt, usage.usedBytes(), usage.maxBytes(),
            100 * settings.regionFillLimit()));
      }
    });
  }

  private final class CacheWriter implements MapOutputWriter {
    private final MapAttempt attempt;
    private final KeyValueCache<String, Object> cache;
    private final Map<Integer, Integer> blobCounts = new TreeMap<>();
    private final Map<String, Object> pending = new LinkedHashMap<>();
    private long pendingBytes;
    private boolean closed;

    CacheWriter(MapAttempt attempt, KeyValueCache<String, Object> cache) {
      this.attempt = attempt;
      this.cache = cache;
    }

    @Override
    public void write(int partition, byte[] bytes, int offset, int length) {
      MapAttempt.requireNonNegative("partition", partition);
      if (closed) {
        throw new IllegalStateException("shuffle writer of " + attempt + " is closed");
      }
      int seq = blobCounts.merge(partition, 1, Integer::sum) - 1;
      // Copied: the caller may reuse its buffer, and the blob waits here for the next putAll.
      pending.put(blobKey(attempt.stageId(), attempt.mapTask(), attempt.attempt(), partition, seq),
          Arrays.copyOfRange(bytes, offset, offset + length));
      pendingBytes += length;
      counters.wrote(length);
      if (pendingBytes >= settings.writeBatchBytes()) {
        flush();
      }
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      flush();
      int[] manifest = new int[blobCounts.size() * 2];
      int i = 0;
      for (Map.Entry<Integer, Integer> entry : blobCounts.entrySet()) {
        manifest[i++] = entry.getKey();
        manifest[i++] = entry.getValue();
      }
      cache.put(manifestKey(attempt.stageId(), attempt.mapTask(), attempt.attempt()), manifest);
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      checkRoomFor(pendingBytes, attempt);
      cache.putAll(pending);
      pending.clear();
      pendingBytes = 0;
    }
  }

  /** Fetches a partition's blobs map task by map task, a few blobs per {@code getAll}. */
  private final class CacheStream extends LazyBlobStream {
    private final String jobId;
    private final KeyValueCache<String, Object> cache;
    private final int stage;
    private final int partition;
    private final Iterator<Map.Entry<Integer, Integer>> mapTasks;
    private final Deque<byte[]> fetched = new ArrayDeque<>();
    private int map;
    private int attempt;
    private int blobCount;
    private int nextSeq;

    CacheStream(String jobId, int stage, int partition,
        Iterator<Map.Entry<Integer, Integer>> mapTasks) {
      super(counters);
      this.jobId = jobId;
      this.cache = cache(jobId);
      this.stage = stage;
      this.partition = partition;
      this.mapTasks = mapTasks;
    }

    @Override
    byte[] fetch() {
      while (fetched.isEmpty()) {
        if (nextSeq == blobCount && !nextMapTask()) {
          return null;
        }
        fetchBatch();
      }
      return fetched.removeFirst();
    }

    @Override
    void release() {
      fetched.clear();
    }

    /** Moves to the next committed map task that wrote to this partition; false if none is left. */
    private boolean nextMapTask() {
      while (mapTasks.hasNext()) {
        Map.Entry<Integer, Integer> next = mapTasks.next();
        map = next.getKey();
        attempt = next.getValue();
        int[] manifest = (int[]) cache.get(manifestKey(stage, map, attempt));
        if (manifest == null) {
          throw missing(manifestKey(stage, map, attempt));
        }
        blobCount = countFor(manifest);
        nextSeq = 0;
        if (blobCount > 0) {
          return true;
        }
      }
      return false;
    }

    private int countFor(int[] manifest) {
      for (int i = 0; i < manifest.length; i += 2) {
        if (manifest[i] == partition) {
          return manifest[i + 1];
        }
      }
      return 0;
    }

    private void fetchBatch() {
      Set<String> keys = new LinkedHashSet<>();
      int end = Math.min(blobCount, nextSeq + settings.readBatchBlobs());
      for (int seq = nextSeq; seq < end; seq++) {
        keys.add(blobKey(stage, map, attempt, partition, seq));
      }
      Map<String, Object> values = new HashMap<>(cache.getAll(keys));
      for (String key : keys) {
        byte[] blob = (byte[]) values.get(key);
        if (blob == null) {
          throw missing(key);
        }
        fetched.addLast(blob);
      }
      nextSeq = end;
    }

    private IllegalStateException missing(String key) {
      return new IllegalStateException("shuffle entry " + key + " of committed map task " + map
          + " is missing from Ignite cache " + cacheName(jobId) + "; the job was deleted or an Ignite node"
          + " holding it left (shuffle keeps no backups by default): rerun the stage");
    }
  }
}
