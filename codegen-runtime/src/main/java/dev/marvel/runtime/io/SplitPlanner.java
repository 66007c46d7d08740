package dev.marvel.runtime.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathFilter;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Turns input paths into {@link InputSplit}s through Hadoop's {@link FileSystem} API, so
 * {@code file://}, {@code hdfs://} and plain paths (the default file system) all work.
 *
 * <p>An input is a file, a directory or a glob. Directories are read one level deep, like
 * FileInputFormat without its recursive flag; names starting with {@code _} or {@code .} are
 * skipped inside directories and glob results (so a Marvel or Hadoop output directory reads back
 * without its {@code _SUCCESS} and {@code _temporary}), but a file named explicitly is read. A
 * subdirectory inside an input directory is an error rather than silently ignored data. Files
 * listed twice are read once. Empty files yield no split; compressed files (by extension, via
 * Hadoop's codecs) yield one split each because they cannot be cut.
 *
 * <p>Splits are ordered by file URI, then start, so task numbers do not depend on listing order.
 */
public final class SplitPlanner {
  private static final PathFilter VISIBLE = path -> isVisible(path.getName());

  private final Configuration conf;
  private final SplitSizing sizing;
  private final CompressionCodecFactory codecs;

  public SplitPlanner(Configuration conf, SplitSizing sizing) {
    this.conf = conf;
    this.sizing = sizing;
    this.codecs = new CompressionCodecFactory(conf);
  }

  /** The splits of all files named by {@code inputs}, in (file, start) order. */
  public List<InputSplit> plan(List<String> inputs) throws IOException {
    List<InputSplit> splits = new ArrayList<>();
    for (FileStatus file : listFiles(inputs)) {
      addSplits(file, splits);
    }
    return splits;
  }

  /** The files named by {@code inputs} (expanded, deduplicated), sorted by URI. */
  public List<FileStatus> listFiles(List<String> inputs) throws IOException {
    Map<String, FileStatus> files = new TreeMap<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (isGlob(input)) {
        FileStatus[] matches = fs.globStatus(path, VISIBLE);
        if (matches == null || matches.length == 0) {
          throw new InputPathException(input, "input glob '" + input + "' matched no files");
        }
        for (FileStatus match : matches) {
          addFileOrDirectory(input, fs, match, files);
        }
      } else {
        FileStatus status;
        try {
          status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
          throw new InputPathException(input, "input path '" + input + "' does not exist"
              + " (resolved to " + fs.makeQualified(path) + ")");
        }
        addFileOrDirectory(input, fs, status, files);
      }
    }
    return List.copyOf(files.values());
  }

  private static void addFileOrDirectory(
      String input, FileSystem fs, FileStatus status, Map<String, FileStatus> files) throws IOException {
    if (!status.isDirectory()) {
      files.put(status.getPath().toString(), status);
      return;
    }
    for (FileStatus child : fs.listStatus(status.getPath(), VISIBLE)) {
      if (child.isDirectory()) {
        throw new InputPathException(input, "input directory '" + status.getPath()
            + "' contains the subdirectory '" + child.getPath().getName()
            + "'; directories are read one level deep: name the nested files with a glob such as '"
            + status.getPath() + "/*/*'");
      }
      files.put(child.getPath().toString(), child);
    }
  }

  private void addSplits(FileStatus file, List<InputSplit> splits) throws IOException {
    long length = file.getLen();
    if (length == 0) {
      return;
    }
    FileSystem fs = file.getPath().getFileSystem(conf);
    BlockLocation[] blocks = fs.getFileBlockLocations(file, 0, length);
    String path = file.getPath().toString();
    if (codecs.getCodec(file.getPath()) != null) {
      splits.add(new InputSplit(path, 0, length, hostsAt(blocks, 0)));
      return;
    }
    long splitSize = sizing.splitSize(file.getBlockSize());
    long remaining = length;
    while ((double) remaining / splitSize > SplitSizing.SLOP) {
      long start = length - remaining;
      splits.add(new InputSplit(path, start, splitSize, hostsAt(blocks, start)));
      remaining -= splitSize;
    }
    long start = length - remaining;
    splits.add(new InputSplit(path, start, remaining, hostsAt(blocks, start)));
  }

  /** Hosts of the block holding {@code offset}, sorted (the NameNode orders them per client). */
  private static List<String> hostsAt(BlockLocation[] blocks, long offset) throws IOException {
    for (BlockLocation block : blocks) {
      if (offset >= block.getOffset() && offset < block.getOffset() + block.getLength()) {
        String[] hosts = block.getHosts().clone();
        Arrays.sort(hosts);
        return List.of(hosts);
      }
    }
    return List.of();
  }

  static boolean isVisible(String name) {
    return !name.startsWith("_") && !name.startsWith(".");
  }

  private static boolean isGlob(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }
}
