package dev.marvel.runtime.run;

import dev.marvel.runtime.shuffle.HdfsShuffleStore;
import dev.marvel.runtime.shuffle.IgniteShuffleStore;
import dev.marvel.runtime.shuffle.LocalShuffleStore;
import dev.marvel.runtime.shuffle.ShuffleStore;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The shuffle store of one run, and the endpoint that names it in task payloads
 * ({@code local:<dir>}, {@code hdfs:<uri>}, {@code ignite:<host:port>}). The driver's side keeps
 * the instance to delete the job's data at the end; actions in this JVM get the same instance
 * through {@code Stores}' pre-registration, actions elsewhere open the endpoint.
 */
record ShuffleBinding(ShuffleKind kind, String endpoint, ShuffleStore store) {
  static ShuffleBinding local(java.nio.file.Path dir) {
    java.nio.file.Path root = dir.toAbsolutePath();
    return new ShuffleBinding(ShuffleKind.LOCAL, "local:" + root, new LocalShuffleStore(root));
  }

  static ShuffleBinding ignite(IgniteService ignite) throws RunSetupException {
    return new ShuffleBinding(ShuffleKind.IGNITE, "ignite:" + ignite.thinClientAddress(),
        new IgniteShuffleStore(ignite.connection()));
  }

  /** Under {@code /tmp/marvel-shuffle} of the file system that holds {@code nearPath}. */
  static ShuffleBinding hdfs(Configuration conf, String nearPath) throws IOException {
    FileSystem fs = new Path(nearPath).getFileSystem(conf);
    Path root = fs.makeQualified(new Path("/tmp/marvel-shuffle"));
    return new ShuffleBinding(ShuffleKind.HDFS, "hdfs:" + root, new HdfsShuffleStore(fs, root));
  }

  /** Deletes the job's shuffle data and closes the store. */
  void release(String jobId) {
    try {
      store.deleteJob(jobId);
    } finally {
      store.close();
    }
  }
}
