package dev.marvel.runtime.shuffle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A shuffle store on a file system, with one layout for every file system:
 *
 * <pre>
 * &lt;root&gt;/&lt;job&gt;/stage-&lt;s&gt;/attempts/map-&lt;m&gt;-attempt-&lt;a&gt;/{data,index}   written by a writer
 * &lt;root&gt;/&lt;job&gt;/stage-&lt;s&gt;/committed/map-&lt;m&gt;/{data,index}             after commit
 * </pre>
 *
 * <p>An attempt writes all partitions into one data file and records where each blob lies in an
 * index (as Spark's sort shuffle does), so a stage makes one file pair per map task instead of one
 * per map task and partition. Commit renames the attempt directory onto {@code committed/map-<m>};
 * the rename refuses an existing target on both POSIX and HDFS, which makes it the atomic
 * "first attempt wins" decision. Subclasses supply the file operations on relative paths.
 */
abstract class FileShuffleStore implements ShuffleStore {
  private final ShuffleCounters counters = new ShuffleCounters();

  /** Creates (or overwrites) a file, creating missing parent directories. */
  abstract OutputStream create(String path) throws IOException;

  abstract InputStream open(String path) throws IOException;

  abstract boolean exists(String path) throws IOException;

  /** Renames a directory unless the target exists; false if it does. */
  abstract boolean renameIfAbsent(String from, String to) throws IOException;

  /** Names of a directory's children; empty if the directory does not exist. */
  abstract List<String> list(String directory) throws IOException;

  abstract void deleteTree(String path) throws IOException;

  /** Where the root is, for error messages. */
  abstract String describe(String path);

  @Override
  public MapOutputWriter openWriter(MapAttempt attempt) {
    String directory = attemptDir(attempt);
    try {
      // A re-run of the same attempt (a lost reply, say) starts over rather than appending.
      deleteTree(directory);
      return new FileWriter(attempt.attempt(), directory, create(directory + "/data"));
    } catch (IOException e) {
      throw failure("cannot create shuffle output", directory, e);
    }
  }

  @Override
  public boolean commit(MapAttempt attempt) {
    String from = attemptDir(attempt);
    String to = committedDir(attempt.jobId(), attempt.stageId(), attempt.mapTask());
    try {
      if (exists(from + "/index")) {
        return renameIfAbsent(from, to) || committedAttempt(to) == attempt.attempt();
      }
      if (exists(to + "/index") && committedAttempt(to) == attempt.attempt()) {
        return true;
      }
      throw new IllegalStateException("cannot commit " + attempt
          + ": its writer was never closed (no index at " + describe(from) + ")");
    } catch (IOException e) {
      throw failure("cannot commit " + attempt, from, e);
    }
  }

  @Override
  public SortedMap<Integer, Integer> committedMapTasks(String jobId, int stageId) {
    MapAttempt.requireValidJobId(jobId);
    SortedMap<Integer, Integer> result = new TreeMap<>();
    for (int mapTask : committedTasks(jobId, stageId)) {
      String directory = committedDir(jobId, stageId, mapTask);
      try {
        result.put(mapTask, committedAttempt(directory));
      } catch (IOException e) {
        throw failure("cannot read shuffle index", directory, e);
      }
    }
    return Collections.unmodifiableSortedMap(result);
  }

  @Override
  public BlobStream read(String jobId, int stageId, int partition) {
    MapAttempt.requireValidJobId(jobId);
    MapAttempt.requireNonNegative("partition", partition);
    List<String> directories = new ArrayList<>();
    for (int mapTask : committedTasks(jobId, stageId)) {
      directories.add(committedDir(jobId, stageId, mapTask));
    }
    return new PartitionStream(directories.iterator(), partition);
  }

  @Override
  public void deleteJob(String jobId) {
    MapAttempt.requireValidJobId(jobId);
    try {
      deleteTree(jobId);
    } catch (IOException e) {
      throw failure("cannot delete shuffle data", jobId, e);
    }
  }

  @Override
  public ShuffleCounters counters() {
    return counters;
  }

  private List<Integer> committedTasks(String jobId, int stageId) {
    String directory = jobId + "/stage-" + stageId + "/committed";
    List<Integer> tasks = new ArrayList<>();
    try {
      for (String name : list(directory)) {
        if (name.startsWith("map-")) {
          tasks.add(Integer.parseInt(name.substring("map-".length())));
        }
      }
    } catch (IOException e) {
      throw failure("cannot list committed map tasks", directory, e);
    }
    Collections.sort(tasks);
    return tasks;
  }

  private int committedAttempt(String committedDir) throws IOException {
    return readIndex(committedDir).attempt();
  }

  private MapOutputIndex readIndex(String directory) throws IOException {
    try (InputStream in = new BufferedInputStream(open(directory + "/index"))) {
      return MapOutputIndex.readFrom(in, describe(directory + "/index"));
    }
  }

  private static String attemptDir(MapAttempt a) {
    return a.jobId() + "/stage-" + a.stageId() + "/attempts/map-" + a.mapTask()
        + "-attempt-" + a.attempt();
  }

  private static String committedDir(String jobId, int stageId, int mapTask) {
    return jobId + "/stage-" + stageId + "/committed/map-" + mapTask;
  }

  private UncheckedIOException failure(String what, String path, IOException cause) {
    return new UncheckedIOException(what + " at " + describe(path) + ": " + cause.getMessage(),
        cause);
  }

  private final class FileWriter implements MapOutputWriter {
    private final int attempt;
    private final String directory;
    private final OutputStream data;
    private final List<MapOutputIndex.Entry> entries = new ArrayList<>();
    private long position;
    private boolean closed;

    FileWriter(int attempt, String directory, OutputStream data) {
      this.attempt = attempt;
      this.directory = directory;
      this.data = data;
    }

    @Override
    public void write(int partition, byte[] bytes, int offset, int length) {
      MapAttempt.requireNonNegative("partition", partition);
      if (closed) {
        throw new IllegalStateException("shuffle writer of " + describe(directory) + " is closed");
      }
      try {
        data.write(bytes, offset, length);
      } catch (IOException e) {
        throw failure("cannot write shuffle data", directory, e);
      }
      entries.add(new MapOutputIndex.Entry(partition, position, length));
      position += length;
      counters.wrote(length);
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try (OutputStream index = create(directory + "/index.tmp")) {
        data.close();
        new MapOutputIndex(attempt, entries).writeTo(index);
      } catch (IOException e) {
        throw failure("cannot finish shuffle output", directory, e);
      }
      try {
        // The index appears under its final name only once complete: its presence means "closed".
        if (!renameIfAbsent(directory + "/index.tmp", directory + "/index")) {
          throw new IOException("an index already exists");
        }
      } catch (IOException e) {
        throw failure("cannot finish shuffle output", directory, e);
      }
    }
  }

  /** Walks the committed map tasks in order, reading only this partition's blobs of each. */
  private final class PartitionStream extends LazyBlobStream {
    private final Iterator<String> directories;
    private final int partition;
    private Iterator<MapOutputIndex.Entry> blobs = Collections.emptyIterator();
    private InputStream data;
    private String dataPath;
    private long position;

    PartitionStream(Iterator<String> directories, int partition) {
      super(counters);
      this.directories = directories;
      this.partition = partition;
    }

    @Override
    byte[] fetch() {
      try {
        while (!blobs.hasNext()) {
          closeData();
          if (!directories.hasNext()) {
            return null;
          }
          String directory = directories.next();
          List<MapOutputIndex.Entry> entries = readIndex(directory).blobsOf(partition);
          if (!entries.isEmpty()) {
            dataPath = directory + "/data";
            data = open(dataPath);
            position = 0;
          }
          blobs = entries.iterator();
        }
        MapOutputIndex.Entry entry = blobs.next();
        data.skipNBytes(entry.offset() - position);
        byte[] blob = data.readNBytes(entry.length());
        if (blob.length != entry.length()) {
          throw new IOException("data file is shorter than its index says");
        }
        position = entry.offset() + entry.length();
        return blob;
      } catch (IOException e) {
        throw failure("cannot read shuffle data", dataPath == null ? "" : dataPath, e);
      }
    }

    @Override
    void release() {
      try {
        closeData();
      } catch (IOException e) {
        throw failure("cannot close shuffle data", dataPath, e);
      }
    }

    private void closeData() throws IOException {
      if (data != null) {
        data.close();
        data = null;
      }
    }
  }
}
