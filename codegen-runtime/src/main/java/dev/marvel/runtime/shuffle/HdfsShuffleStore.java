package dev.marvel.runtime.shuffle;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Shuffle data on a Hadoop FileSystem (HDFS in a cluster): survives the loss of the processes
 * that wrote it, at the cost of NameNode round trips per file. The layout and commit protocol are
 * {@link FileShuffleStore}'s; commit is {@code FileContext.rename} with
 * {@link Options.Rename#NONE}, which the NameNode refuses atomically when the target exists —
 * unlike {@code FileSystem.rename}, which would move the directory <em>into</em> an existing one.
 */
public final class HdfsShuffleStore extends FileShuffleStore {
  private final FileSystem fs;
  private final FileContext context;
  private final Path root;

  /** Keeps shuffle data under {@code root} on {@code fs}; the caller owns (and closes) {@code fs}. */
  public HdfsShuffleStore(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = fs.makeQualified(root);
    try {
      this.context = FileContext.getFileContext(fs.getUri(), fs.getConf());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot use " + fs.getUri() + " for shuffle data: "
          + e.getMessage(), e);
    }
  }

  @Override
  OutputStream create(String path) throws IOException {
    return fs.create(resolve(path), true);
  }

  @Override
  InputStream open(String path) throws IOException {
    return fs.open(resolve(path));
  }

  @Override
  boolean exists(String path) throws IOException {
    return fs.exists(resolve(path));
  }

  @Override
  boolean renameIfAbsent(String from, String to) throws IOException {
    Path target = resolve(to);
    fs.mkdirs(target.getParent());
    try {
      context.rename(resolve(from), target, Options.Rename.NONE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Override
  List<String> list(String directory) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      for (FileStatus status : fs.listStatus(resolve(directory))) {
        names.add(status.getPath().getName());
      }
    } catch (FileNotFoundException e) {
      return names;
    }
    return names;
  }

  @Override
  void deleteTree(String path) throws IOException {
    fs.delete(resolve(path), true);
  }

  @Override
  String describe(String path) {
    return resolve(path).toString();
  }

  @Override
  public void close() {
    // The FileSystem is shared (Hadoop caches instances); its owner closes it.
  }

  private Path resolve(String path) {
    return new Path(root, path);
  }
}
