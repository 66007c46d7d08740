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
    // The minicluster logs every block at INFO; only problems belong in the build output.
    org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
    // Surefire sets java.io.tmpdir to target/tmp after the JDK cached /tmp for temp files.
    Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path base = Files.createTempDirectory(tmp, "minidfs");
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    // Closing a file polls the NameNode until the block is complete, first after 400 ms; a
    // one-DataNode cluster completes blocks within milliseconds, so poll sooner.
    conf.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 10);
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    store = new HdfsShuffleStore(cluster.getFileSystem(), new org.apache.hadoop.fs.Path("/shuffle"));
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown(true);
    }
  }

  @Override
  ShuffleStore store() {
    return store;
  }
}
