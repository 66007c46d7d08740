package dev.marvel.runtime.shuffle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class HdfsShuffleStoreTest extends ShuffleStoreContract {
  private static MiniDFSCluster cluster;
  private static ShuffleStore store;

  @BeforeAll
  static void startHdfs() throws IOException {
    Path base = Files.createTempDirectory("minidfs"); // java.io.tmpdir is target/tmp in tests
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    store = new HdfsShuffleStore(cluster.getFileSystem(), new org.apache.hadoop.fs.Path("/shuffle"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Override
  ShuffleStore store() {
    return store;
  }
}
