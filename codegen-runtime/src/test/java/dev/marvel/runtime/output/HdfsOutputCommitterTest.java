package dev.marvel.runtime.output;

import dev.marvel.runtime.io.MiniHdfs;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class HdfsOutputCommitterTest extends OutputCommitterContract {
  private static final AtomicInteger OUTPUTS = new AtomicInteger();
  private static MiniHdfs hdfs;

  @BeforeAll
  static void startHdfs() throws IOException {
    hdfs = MiniHdfs.start("HdfsOutputCommitterTest");
  }

  @AfterAll
  static void stopHdfs() {
    hdfs.close();
  }

  @Override
  Configuration conf() {
    return hdfs.conf();
  }

  @Override
  String freshOutputPath() throws IOException {
    return hdfs.uri() + "/out-" + OUTPUTS.incrementAndGet();
  }
}
