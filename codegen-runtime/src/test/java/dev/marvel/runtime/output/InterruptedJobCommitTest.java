package dev.marvel.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job commit that dies half-way through replacing an old output (after the old parts are gone,
 * with only some new parts moved) can be finished by a resumed driver, or aborted to nothing.
 */
class InterruptedJobCommitTest {
  @TempDir Path root;
  private Path output;
  private final Configuration conf = CrashingLocalFileSystem.conf();

  @BeforeEach
  void jobWithThreeCommittedTasksOverAnOldOutput() throws IOException {
    output = root.resolve("out");
    Files.createDirectories(output);
    Files.writeString(output.resolve("part-00000"), "old\n");
    Files.writeString(output.resolve("part-00005"), "old\n");
    Files.writeString(output.resolve("_SUCCESS"), "");
    OutputCommitter committer = committer();
    committer.setupJob();
    for (int task = 0; task < 3; task++) {
      try (TaskOutputWriter writer = committer.openWriter(task, 0, OutputFormat.TEXT)) {
        writer.field("new " + task);
        writer.endRecord();
      }
      committer.commitTask(task, 0);
    }
    CrashingLocalFileSystem.crashOnRename(2); // the second part file's move
    assertThrows(IOException.class, () -> committer().commitJob(3));
    assertEquals(List.of("_temporary", "part-00000"), listing(), "old output gone, one new part moved");
  }

  @AfterEach
  void disarm() {
    CrashingLocalFileSystem.crashOnRename(0);
  }

  @Test
  void resumedDriverFinishesTheCommit() throws IOException {
    committer().commitJob(3);
    assertEquals(List.of("_SUCCESS", "part-00000", "part-00001", "part-00002"), listing());
    for (int task = 0; task < 3; task++) {
      assertEquals("new " + task + "\n", Files.readString(output.resolve(OutputCommitter.partName(task))));
    }
  }

  @Test
  void abortAfterTheOldOutputWasTouchedLeavesNothing() throws IOException {
    committer().abortJob();
    assertFalse(Files.exists(output));
  }

  private OutputCommitter committer() throws IOException {
    return new OutputCommitter(conf, output.toUri().toString(), "job-7", true);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
