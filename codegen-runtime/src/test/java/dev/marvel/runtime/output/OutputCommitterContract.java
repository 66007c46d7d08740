package dev.marvel.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the committer guarantees, run on each file system by a subclass. */
abstract class OutputCommitterContract {
  private static final String JOB = "job-1";

  private String output;
  private FileSystem fs;

  /** A configuration for the file system under test. */
  abstract Configuration conf();

  /** A fresh directory URI on that file system, not yet existing, for one test's output. */
  abstract String freshOutputPath() throws IOException;

  @BeforeEach
  void freshOutput() throws IOException {
    output = freshOutputPath();
    fs = new Path(output).getFileSystem(conf());
  }

  @Test
  void committedJobHasEveryPartAndSuccessAndNoTemporaryFiles() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    assertTrue(fs.exists(new Path(output, "_temporary/" + JOB)));
    for (int task = 0; task < 3; task++) {
      writeAndCommit(committer, task, 0, "row of task " + task);
    }
    assertFalse(fs.exists(new Path(output, "part-00000")), "nothing is visible before the job commits");
    committer.commitJob(3);
    assertEquals(List.of("_SUCCESS", "part-00000", "part-00001", "part-00002"), listing());
    assertEquals("row of task 1\n", read("part-00001"));
    assertEquals(0, fs.getFileStatus(new Path(output, "_SUCCESS")).getLen());
  }

  @Test
  void retriedTasksReplaceTheirOutputNeverDuplicateIt() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "task 0");
    writeAndCommit(committer, 1, 0, "first try");
    writeAndCommit(committer, 1, 1, "second try");
    writeAndCommit(committer, 1, 2, "third try");
    committer.commitTask(1, 2); // a repeated commit after a lost reply does nothing
    write(committer, 1, 3, "failed try");
    committer.abortTask(1, 3);
    committer.commitJob(2);
    assertEquals(List.of("_SUCCESS", "part-00000", "part-00001"), listing());
    assertEquals("third try\n", read("part-00001"));
  }

  @Test
  void abortedJobLeavesNothing() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "doomed");
    write(committer, 1, 0, "half done");
    committer.abortJob();
    assertFalse(fs.exists(new Path(output)));
  }

  @Test
  void jobCannotCommitWithATaskMissingAndThenAbortsCleanly() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "only task 0");
    IOException e = assertThrows(IOException.class, () -> committer.commitJob(2));
    assertEquals("task 1 of 2 has no committed output; commit every task before the job", e.getMessage());
    assertFalse(fs.exists(new Path(output, "_SUCCESS")));
    committer.abortJob();
    assertFalse(fs.exists(new Path(output)));
  }

  @Test
  void existingOutputIsAnErrorWithoutOverwrite() throws IOException {
    createOldOutput();
    OutputPathException e = assertThrows(OutputPathException.class, () -> committer(false).setupJob());
    assertEquals("output path " + committer(false).outputPath() + " already exists; delete it, choose"
        + " another output path, or ask to overwrite (the old output is then replaced when the new job"
        + " commits)", e.getMessage());
    assertEquals(List.of("_SUCCESS", "part-00000", "part-00007"), listing());
  }

  @Test
  void overwriteReplacesTheOldOutputOnlyWhenTheJobCommits() throws IOException {
    createOldOutput();
    OutputCommitter committer = committer(true);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "new");
    assertEquals(List.of("_SUCCESS", "_temporary", "part-00000", "part-00007"), listing());
    assertEquals("old 0\n", read("part-00000"));
    committer.commitJob(1);
    assertEquals(List.of("_SUCCESS", "part-00000"), listing());
    assertEquals("new\n", read("part-00000"));
  }

  @Test
  void abortedOverwriteKeepsTheOldOutput() throws IOException {
    createOldOutput();
    OutputCommitter committer = committer(true);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "new");
    committer.abortJob();
    assertEquals(List.of("_SUCCESS", "part-00000", "part-00007"), listing());
    assertEquals("old 0\n", read("part-00000"));
  }

  @Test
  void everyJobStepCanBeRepeated() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    committer.setupJob(); // a resumed driver sets up again: its own job directory is not "existing output"
    writeAndCommit(committer, 0, 0, "once");
    committer.commitJob(1);
    committer.commitJob(1);
    assertEquals(List.of("_SUCCESS", "part-00000"), listing());
    committer.abortJob(); // too late to abort a job that succeeded: its output stays
    assertEquals(List.of("_SUCCESS", "part-00000"), listing());
  }

  @Test
  void aLateAttemptCannotWriteIntoACommittedOutput() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    writeAndCommit(committer, 0, 0, "done");
    committer.commitJob(1);
    IOException e = assertThrows(IOException.class, () -> write(committer, 0, 1, "zombie"));
    assertTrue(e.getMessage().endsWith("does not exist: the job was not set up, or has already been"
        + " committed or aborted"), e.getMessage());
    assertEquals(List.of("_SUCCESS", "part-00000"), listing());
  }

  @Test
  void committingAnAttemptThatWroteNothingIsAnError() throws IOException {
    OutputCommitter committer = committer(false);
    committer.setupJob();
    IOException e = assertThrows(IOException.class, () -> committer.commitTask(4, 0));
    assertTrue(e.getMessage().startsWith("task 4 attempt 0 has no output in "), e.getMessage());
  }

  @Test
  void outputThatIsAFileIsAnErrorEvenWithOverwrite() throws IOException {
    try (FSDataOutputStream out = fs.create(new Path(output))) {
      out.write(1);
    }
    OutputPathException e = assertThrows(OutputPathException.class, () -> committer(true).setupJob());
    assertTrue(e.getMessage().endsWith(" is a file, not a directory; delete it or choose another output path"),
        e.getMessage());
  }

  private OutputCommitter committer(boolean overwrite) throws IOException {
    return new OutputCommitter(conf(), output, JOB, overwrite);
  }

  private void writeAndCommit(OutputCommitter committer, int task, int attempt, String row) throws IOException {
    write(committer, task, attempt, row);
    committer.commitTask(task, attempt);
  }

  private static void write(OutputCommitter committer, int task, int attempt, String row) throws IOException {
    try (TaskOutputWriter writer = committer.openWriter(task, attempt, OutputFormat.TSV)) {
      writer.field(row);
      writer.endRecord();
    }
  }

  private void createOldOutput() throws IOException {
    for (String name : List.of("part-00000", "part-00007")) {
      try (FSDataOutputStream out = fs.create(new Path(output, name))) {
        out.write(("old " + name.substring(name.length() - 1) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    fs.create(new Path(output, "_SUCCESS")).close();
  }

  /** Names in the output directory, checksum files aside, sorted. */
  private List<String> listing() throws IOException {
    return Arrays.stream(fs.listStatus(new Path(output)))
        .map(FileStatus::getPath).map(Path::getName)
        .filter(name -> !name.endsWith(".crc"))
        .sorted().toList();
  }

  private String read(String name) throws IOException {
    try (InputStream in = fs.open(new Path(output, name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
