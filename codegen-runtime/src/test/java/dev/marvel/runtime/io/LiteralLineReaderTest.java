package dev.marvel.runtime.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LineReader#nextContaining}, which searches a literal across whole buffers and delimits
 * only the lines it hits, against the plain line definition and Hadoop's LineRecordReader: split
 * sizes from 1 to 64 bytes (so literals and {@code \r\n} straddle split ends and sit in the
 * skipped first line of splits) and buffers of 2 and 7 bytes (so they straddle refills).
 */
class LiteralLineReaderTest {
  private static final int[] BUFFER_SIZES = {2, 7, 4096};
  private static final List<String> LITERALS = List.of("qu", "é", "x".repeat(40));
  private static final Set<Integer> SPREAD = Set.of(1, 2, 3, 5, 8, 13, 21, 34, 55, 64);
  private static final AtomicInteger FILES = new AtomicInteger();

  @TempDir static Path directory;

  static List<Named<byte[]>> files() {
    List<Named<byte[]>> files = new ArrayList<>(LineFiles.edgeCases());
    files.addAll(LineFiles.random(4, 160, 42));
    files.addAll(LineFiles.randomWithLiterals(12, 200, 9));
    return files;
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsExactlyTheLinesHoldingTheLiteralOnceByTheSplitWhereTheyStart(byte[] content) throws IOException {
    Path file = directory.resolve("lines-" + FILES.incrementAndGet() + ".txt");
    Files.write(file, content);
    Configuration conf = new Configuration();
    String path = file.toUri().toString();
    TaskAttemptContextImpl hadoop = SplitReading.hadoopContext(conf);
    for (String text : LITERALS) {
      byte[] literal = text.getBytes(StandardCharsets.UTF_8);
      for (int bufferSize : BUFFER_SIZES) {
        // Hadoop's lines do not depend on our buffer size or literal: ask it for one of each.
        TaskAttemptContextImpl oracle = bufferSize == BUFFER_SIZES[0] && text.equals(LITERALS.get(0)) ? hadoop : null;
        // Every split size for the first literal; a spread of them for the others, to stay quick.
        for (int splitSize = 1; splitSize <= 64; splitSize++) {
          if (text.equals(LITERALS.get(0)) || SPREAD.contains(splitSize)) {
            SplitReading.check(conf, path, content, SplitSizing.target(splitSize), bufferSize, literal, oracle);
          }
        }
        SplitReading.check(conf, path, content, SplitSizing.BLOCKS, bufferSize, literal, oracle);
      }
    }
  }
}
