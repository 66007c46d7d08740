package dev.marvel.runtime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every split size from 1 to 64 bytes (and one split) over local files: each line once, in order. */
class LocalLineReaderTest {
  private static final int[] BUFFER_SIZES = {2, 4096};
  private static final AtomicInteger FILES = new AtomicInteger();

  @TempDir static Path directory;

  static List<Named<byte[]>> files() {
    List<Named<byte[]>> files = new ArrayList<>(LineFiles.edgeCases());
    files.addAll(LineFiles.random(12, 160, 42));
    return files;
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyLineIsReadOnceByTheSplitWhereItStarts(byte[] content) throws IOException {
    Path file = directory.resolve("lines-" + FILES.incrementAndGet() + ".txt");
    Files.write(file, content);
    Configuration conf = new Configuration();
    String path = file.toUri().toString();
    TaskAttemptContextImpl hadoop = SplitReading.hadoopContext(conf);
    for (int bufferSize : BUFFER_SIZES) {
      // Hadoop's answer does not depend on our buffer size: ask it once per split size.
      TaskAttemptContextImpl oracle = bufferSize == BUFFER_SIZES[0] ? hadoop : null;
      for (int splitSize = 1; splitSize <= 64; splitSize++) {
        SplitReading.check(conf, path, content, SplitSizing.target(splitSize), bufferSize, oracle);
      }
      SplitReading.check(conf, path, content, SplitSizing.BLOCKS, bufferSize, oracle);
    }
  }
}
