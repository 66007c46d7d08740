package dev.marvel.runtime.io;

import java.io.File;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A one-DataNode HDFS with 1 KiB blocks, so a few KiB of test data spans several blocks. Each
 * test class starts its own (in {@code @BeforeAll}) under {@code target/minidfs/<name>}.
 */
public final class MiniHdfs implements AutoCloseable {
  public static final int BLOCK_SIZE = 1024;

  private final MiniDFSCluster cluster;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
  }

  public static MiniHdfs start(String name) throws IOException {
    Configuration conf = new Configuration();
    File base = new File("target/minidfs/" + name).getAbsoluteFile();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.getPath());
    conf.set("hadoop.tmp.dir", new File(base, "tmp").getPath());
    conf.setLong("dfs.blocksize", BLOCK_SIZE);
    conf.setLong("dfs.namenode.fs-limits.min-block-size", 0);
    conf.setInt("dfs.bytes-per-checksum", 512);
    conf.setInt("dfs.replication", 1);
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf)
        .numDataNodes(1)
        .hosts(new String[] {"dn1.test"})
        .format(true)
        .build();
    cluster.waitActive();
    return new MiniHdfs(cluster);
  }

  /** A client configuration whose default file system is this HDFS. */
  public Configuration conf() {
    return new Configuration(cluster.getConfiguration(0));
  }

  public FileSystem fileSystem() throws IOException {
    return cluster.getFileSystem();
  }

  /** {@code hdfs://host:port} */
  public String uri() throws IOException {
    return cluster.getFileSystem().getUri().toString();
  }

  @Override
  public void close() {
    cluster.shutdown(true);
  }
}
