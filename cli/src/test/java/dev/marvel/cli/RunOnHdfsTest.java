package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.samples.gen.BdbTables;
import dev.marvel.samples.oracle.BdbOracle;
import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled sample on HDFS: input splits from the NameNode (1 KiB blocks, so many of them),
 * shuffle files and the committed output on HDFS, all through {@code hdfs://} URIs.
 */
class RunOnHdfsTest {
  private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void bdbAggregationReadsShufflesAndWritesOnHdfs() throws Exception {
    System.setProperty("marvel.cache", dir.resolve("cache").toString());
    BdbTables.write(dir.resolve("bdb"), 200, 1500, 5, 2);
    Configuration conf = new Configuration();
    File base = new File("target/minidfs/RunOnHdfsTest").getAbsoluteFile();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.getPath());
    conf.set("hadoop.tmp.dir", new File(base, "tmp").getPath());
    conf.setLong("dfs.blocksize", 16384);
    conf.setLong("dfs.namenode.fs-limits.min-block-size", 0);
    conf.setInt("dfs.replication", 1);
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true).build();
    try {
      cluster.waitActive();
      FileSystem fs = cluster.getFileSystem();
      String hdfs = fs.getUri().toString();
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(dir.resolve("bdb/uservisits").toUri()),
          new org.apache.hadoop.fs.Path("/data/uservisits"));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Marvelc.run(new String[] {"run",
          SAMPLES.resolve("bdb-aggregation/bdb-aggregation.mvl").toString(),
          "-p", "uservisits=" + hdfs + "/data/uservisits", "-p", "output=" + hdfs + "/out/q2",
          "-p", "x=6", "--shuffle", "hdfs", "--parallelism", "2"},
          new PrintWriter(out), new PrintWriter(err));
      assertEquals(0, exit, err.toString());
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/out/q2/_SUCCESS")));
      Path local = dir.resolve("q2");
      fs.copyToLocalFile(new org.apache.hadoop.fs.Path("/out/q2"),
          new org.apache.hadoop.fs.Path(local.toUri()));
      try (BdbOracle bdb = BdbOracle.load(null, dir.resolve("bdb/uservisits"))) {
        RowComparator.approximate(BdbOracle.AGGREGATION_APPROXIMATE)
            .assertSameRows(bdb.aggregation(6), Rows.readTsv(local));
      }
      assertEquals(0, fs.listStatus(new org.apache.hadoop.fs.Path("/tmp/marvel-shuffle")).length,
          "the job's shuffle files are deleted");
    } finally {
      cluster.shutdown(true);
    }
  }
}
