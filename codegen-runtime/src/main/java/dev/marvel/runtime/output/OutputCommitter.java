package dev.marvel.runtime.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a job's output appear complete or not at all, after Hadoop's FileOutputCommitter
 * (algorithm v1), through Hadoop's FileSystem API (local or HDFS).
 *
 * <pre>
 * &lt;out&gt;/_temporary/&lt;jobId&gt;/attempt-00003-1/part-00003   a task attempt writes here
 * &lt;out&gt;/_temporary/&lt;jobId&gt;/task-00003/part-00003        commitTask(3, 1) renames the attempt here
 * &lt;out&gt;/part-00003, …, then &lt;out&gt;/_SUCCESS               commitJob moves every task's files, marks success,
 *                                                      then deletes _temporary
 * </pre>
 *
 * <p>The committer holds no state of its own: the driver and each task action build one from the
 * same (output, job id) and every step reads the file system, so each step can be repeated after
 * a crash or a lost reply. Committing a task again (a retry) replaces its committed files. An
 * existing output is an error unless {@code overwrite} is set; then the old output stays intact
 * until {@link #commitJob} replaces it. Markers under the job directory record whether this job
 * created the output directory and whether job commit began, so {@link #abortJob} can remove
 * everything that would look like output without deleting an old output that was never touched.
 */
public final class OutputCommitter {
  public static final String TEMPORARY = "_temporary";
  public static final String SUCCESS = "_SUCCESS";
  private static final String CREATED_OUTPUT = "_CREATED_OUTPUT";
  private static final String COMMITTING = "_COMMITTING";
  private static final String OLD_OUTPUT_REMOVED = "_OLD_OUTPUT_REMOVED";
  private static final String TASK_PREFIX = "task-";
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final FileSystem fs;
  private final Path output;
  private final Path jobDirectory;
  private final boolean overwrite;

  public OutputCommitter(Configuration conf, String outputPath, String jobId, boolean overwrite)
      throws IOException {
    if (!JOB_ID.matcher(jobId).matches()) {
      throw new IllegalArgumentException("job id '" + jobId + "' must match " + JOB_ID.pattern());
    }
    Path path = new Path(outputPath);
    this.fs = fileSystemFor(path, conf);
    this.output = fs.makeQualified(path);
    this.jobDirectory = new Path(new Path(output, TEMPORARY), jobId);
    this.overwrite = overwrite;
  }

  /**
   * The file system output under {@code path} is written through: the local file system's
   * checksum layer would litter the output with {@code .crc} files, so local output bypasses it.
   * Task writers must use this too, or their part files bring their checksums along.
   */
  public static FileSystem fileSystemFor(Path path, Configuration conf) throws IOException {
    FileSystem fileSystem = path.getFileSystem(conf);
    return fileSystem instanceof LocalFileSystem local ? local.getRaw() : fileSystem;
  }

  /** The qualified output directory. */
  public Path outputPath() {
    return output;
  }

  /** The final name of task {@code task}'s file: {@code part-00003}. */
  public static String partName(int task) {
    return String.format("part-%05d", task);
  }

  /** Where attempt {@code attempt} of task {@code task} writes its files. */
  public Path attemptDirectory(int task, int attempt) {
    checkTask(task);
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must be >= 0, got " + attempt);
    }
    return new Path(jobDirectory, String.format("attempt-%05d-%d", task, attempt));
  }

  /** Where task {@code task}'s committed files wait for the job commit. */
  public Path committedTaskDirectory(int task) {
    checkTask(task);
    return new Path(jobDirectory, String.format(TASK_PREFIX + "%05d", task));
  }

  /**
   * Prepares {@code <out>/_temporary/<jobId>}. Fails if the output exists and overwrite is not
   * set, unless it is this job's own setup being repeated.
   */
  public void setupJob() throws IOException {
    if (fs.exists(jobDirectory)) {
      return;
    }
    FileStatus existing = statusOrNull(output);
    if (existing == null) {
      // create() makes the parents too, so the directory and its marker appear together.
      fs.create(new Path(jobDirectory, CREATED_OUTPUT), false).close();
      return;
    }
    if (!existing.isDirectory()) {
      throw new OutputPathException("output path " + output + " is a file, not a directory;"
          + " delete it or choose another output path");
    }
    if (!overwrite) {
      throw new OutputPathException("output path " + output + " already exists; delete it,"
          + " choose another output path, or ask to overwrite (the old output is then replaced"
          + " when the new job commits)");
    }
    mkdirs(jobDirectory);
  }

  /**
   * Opens the part file of {@code task}'s attempt {@code attempt} (replacing one left by a rerun).
   * Refused once the job is committed or aborted, so a late attempt cannot litter the output.
   */
  public TaskOutputWriter openWriter(int task, int attempt, OutputFormat format) throws IOException {
    if (!fs.exists(jobDirectory)) {
      throw new IOException("job directory " + jobDirectory + " does not exist: the job was not set"
          + " up, or has already been committed or aborted");
    }
    Path file = new Path(attemptDirectory(task, attempt), partName(task));
    return new TaskOutputWriter(fs.create(file, true), format);
  }

  /**
   * Promotes the attempt's files to the task's committed directory, replacing what an earlier
   * attempt committed. Repeating the commit of an attempt already committed does nothing.
   */
  public void commitTask(int task, int attempt) throws IOException {
    Path attemptDirectory = attemptDirectory(task, attempt);
    Path committed = committedTaskDirectory(task);
    if (!fs.exists(attemptDirectory)) {
      if (fs.exists(committed)) {
        return;
      }
      throw new IOException("task " + task + " attempt " + attempt + " has no output in "
          + attemptDirectory + " to commit (was the job set up, and did the attempt open a writer?)");
    }
    if (fs.exists(committed) && !fs.delete(committed, true)) {
      throw new IOException("could not delete " + committed + " to replace it with attempt " + attempt);
    }
    rename(attemptDirectory, committed);
  }

  /** Deletes what an attempt wrote; the task's committed output, if any, stays. */
  public void abortTask(int task, int attempt) throws IOException {
    fs.delete(attemptDirectory(task, attempt), true);
  }

  /**
   * Publishes the committed output of tasks {@code 0 … taskCount-1}: replaces an old output
   * (overwrite), moves every committed file to {@code <out>/}, writes {@code _SUCCESS} once all
   * are in place, then deletes {@code _temporary}. Committed directories of other task numbers
   * (left by an earlier, wider plan) are discarded. Safe to repeat after a crash part-way.
   */
  public void commitJob(int taskCount) throws IOException {
    if (!fs.exists(jobDirectory)) {
      if (fs.exists(new Path(output, SUCCESS))) {
        return; // committed before; this is a repeat after a lost reply
      }
      throw new IOException("job directory " + jobDirectory + " is missing: the job was not set up"
          + " or was aborted, so there is nothing to commit");
    }
    Path committing = new Path(jobDirectory, COMMITTING);
    if (!fs.exists(committing)) {
      for (int task = 0; task < taskCount; task++) {
        if (!fs.exists(committedTaskDirectory(task))) {
          throw new IOException("task " + task + " of " + taskCount + " has no committed output;"
              + " commit every task before the job");
        }
      }
      fs.create(committing, true).close();
    }
    Path oldOutputRemoved = new Path(jobDirectory, OLD_OUTPUT_REMOVED);
    if (!fs.exists(oldOutputRemoved)) {
      removeOldOutput();
      fs.create(oldOutputRemoved, true).close();
    }
    for (int task = 0; task < taskCount; task++) {
      Path committed = committedTaskDirectory(task);
      if (!fs.exists(committed)) {
        continue; // moved by an earlier, interrupted commitJob
      }
      for (FileStatus file : sorted(fs.listStatus(committed))) {
        Path target = new Path(output, file.getPath().getName());
        if (fs.exists(target)) {
          fs.delete(target, true);
        }
        rename(file.getPath(), target);
      }
      fs.delete(committed, true);
    }
    fs.create(new Path(output, SUCCESS), true).close();
    fs.delete(new Path(output, TEMPORARY), true);
  }

  /**
   * Undoes the job: deletes {@code _temporary}, and the whole output directory if this job
   * created it or had begun replacing an old one, unless the job already succeeded. An old output
   * that the job never touched (overwrite, aborted before commit) stays as it was.
   */
  public void abortJob() throws IOException {
    boolean ours = fs.exists(new Path(jobDirectory, CREATED_OUTPUT))
        || fs.exists(new Path(jobDirectory, COMMITTING));
    boolean succeeded = fs.exists(new Path(output, SUCCESS));
    if (ours && !succeeded) {
      fs.delete(output, true);
      return;
    }
    fs.delete(new Path(output, TEMPORARY), true);
  }

  /** Deletes everything in the output directory except {@code _temporary}; {@code _SUCCESS} first. */
  private void removeOldOutput() throws IOException {
    fs.delete(new Path(output, SUCCESS), false);
    for (FileStatus entry : fs.listStatus(output)) {
      if (!entry.getPath().getName().equals(TEMPORARY) && !fs.delete(entry.getPath(), true)) {
        throw new IOException("could not delete " + entry.getPath() + " of the output being replaced");
      }
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }

  private void mkdirs(Path directory) throws IOException {
    if (!fs.mkdirs(directory)) {
      throw new IOException("could not create directory " + directory);
    }
  }

  private FileStatus statusOrNull(Path path) throws IOException {
    try {
      return fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  private static List<FileStatus> sorted(FileStatus[] entries) {
    List<FileStatus> list = new ArrayList<>(Arrays.asList(entries));
    list.sort(Comparator.comparing(status -> status.getPath().getName()));
    return list;
  }

  private static void checkTask(int task) {
    if (task < 0) {
      throw new IllegalArgumentException("task must be >= 0, got " + task);
    }
  }
}
