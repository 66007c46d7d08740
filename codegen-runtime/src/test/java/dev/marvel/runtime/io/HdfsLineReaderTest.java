package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Split-boundary reading on HDFS with 1 KiB blocks: block splits and tiny ones, against Hadoop. */
class HdfsLineReaderTest {
  private static final int[] TINY_SPLITS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 64};
  private static final AtomicInteger FILES = new AtomicInteger();
  private static MiniHdfs hdfs;

  @BeforeAll
  static void startHdfs() throws IOException {
    hdfs = MiniHdfs.start("HdfsLineReaderTest");
  }

  @AfterAll
  static void stopHdfs() {
    hdfs.close();
  }

  static List<Named<byte[]>> smallFiles() {
    return LineFiles.edgeCases();
  }

  static List<Named<byte[]>> multiBlockFiles() {
    return LineFiles.random(3, 3000, 7);
  }

  @ParameterizedTest
  @MethodSource("smallFiles")
  void tinySplitsReadEveryLineOnce(byte[] content) throws IOException {
    String path = write(content);
    Configuration conf = hdfs.conf();
    TaskAttemptContextImpl hadoop = SplitReading.hadoopContext(conf);
    for (int splitSize : TINY_SPLITS) {
      SplitReading.check(conf, path, content, SplitSizing.target(splitSize), 4096, hadoop);
    }
    SplitReading.check(conf, path, content, SplitSizing.target(3), 2, null);
  }

  @ParameterizedTest
  @MethodSource("multiBlockFiles")
  void blockAndSubBlockSplitsReadEveryLineOnce(byte[] content) throws IOException {
    String path = write(content);
    Configuration conf = hdfs.conf();
    TaskAttemptContextImpl hadoop = SplitReading.hadoopContext(conf);
    SplitReading.check(conf, path, content, SplitSizing.BLOCKS, LineReader.DEFAULT_BUFFER_SIZE, hadoop);
    SplitReading.check(conf, path, content, SplitSizing.BLOCKS, 16, null);
    for (int splitSize : new int[] {29, 64, 500, 1500}) {
      SplitReading.check(conf, path, content, SplitSizing.target(splitSize), 4096, hadoop);
    }
  }

  @Test
  void blockSplitsFollowBlocksWithHadoopsSlopAndNameTheDataNode() throws IOException {
    byte[] content = ("x".repeat(99) + "\n").repeat(31).getBytes(StandardCharsets.US_ASCII);
    String path = write(content);
    List<InputSplit> splits = new SplitPlanner(hdfs.conf(), SplitSizing.BLOCKS).plan(List.of(path));
    // 3100 bytes in 1 KiB blocks: the last 1052 bytes are within 10 % of a block, so one split.
    assertEquals(List.of("0+1024", "1024+1024", "2048+1052"),
        splits.stream().map(s -> s.start() + "+" + s.length()).toList());
    for (InputSplit split : splits) {
      assertEquals(List.of("dn1.test"), split.hosts(), split.toString());
      assertTrue(split.path().startsWith("hdfs://"), split.path());
    }
  }

  @Test
  void aPlainPathMeansTheDefaultFileSystem() throws IOException {
    String uri = write("plain\n".getBytes(StandardCharsets.US_ASCII));
    String plain = uri.substring(hdfs.uri().length());
    List<InputSplit> splits = new SplitPlanner(hdfs.conf(), SplitSizing.BLOCKS).plan(List.of(plain));
    assertEquals(1, splits.size());
    assertEquals(uri, splits.get(0).path());
  }

  private static String write(byte[] content) throws IOException {
    Path path = new Path("/lines/file-" + FILES.incrementAndGet() + ".txt");
    try (FSDataOutputStream out = hdfs.fileSystem().create(path)) {
      out.write(content);
    }
    return hdfs.uri() + path;
  }
}
