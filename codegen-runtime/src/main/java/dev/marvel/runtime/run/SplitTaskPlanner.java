package dev.marvel.runtime.run;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.TaskInput;
import dev.marvel.runtime.driver.TaskPlanner;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.SplitPlanner;
import dev.marvel.runtime.io.SplitSizing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;

/**
 * The driver's splits, from the input layer's {@link SplitPlanner} (local paths, {@code file://},
 * {@code hdfs://}, directories and globs).
 *
 * <p>With {@code --split-size} every split has that size. Otherwise splits follow the file
 * system's blocks (one per HDFS block, so a task reads one block), except that an input smaller
 * than {@code parallelism} blocks is cut into {@code parallelism} pieces — never below
 * {@link #MIN_AUTO_SPLIT} — so a 32 MiB file on a 2-core laptop still uses both cores. This is
 * Spark's rule for file sources ({@code maxSplitBytes}: bytes per core, capped by the block size).
 */
public final class SplitTaskPlanner implements TaskPlanner {
  /** Below this, a split's fixed cost (an action call, a reader) outweighs its parallelism. */
  static final long MIN_AUTO_SPLIT = 1L << 20;

  private final Configuration conf;
  private final OptionalLong splitSize;
  private final int parallelism;

  public SplitTaskPlanner(Configuration conf, OptionalLong splitSize, int parallelism) {
    this.conf = conf;
    this.splitSize = splitSize;
    this.parallelism = parallelism;
  }

  @Override
  public List<TaskInput.Split> splits(InputChannel.Splits input) throws IOException {
    return locatedSplits(input).stream().map(Located::split).toList();
  }

  /** The splits with the hosts of the block each starts in, as the NameNode reports them. */
  @Override
  public List<Located> locatedSplits(InputChannel.Splits input) throws IOException {
    SplitPlanner planner = new SplitPlanner(conf, sizing(input));
    List<Located> splits = new ArrayList<>();
    for (InputSplit split : planner.plan(input.paths())) {
      splits.add(new Located(new TaskInput.Split(split.path(), split.start(), split.length()),
          split.hosts()));
    }
    return splits;
  }

  private SplitSizing sizing(InputChannel.Splits input) throws IOException {
    if (splitSize.isPresent()) {
      return SplitSizing.target(splitSize.getAsLong());
    }
    long total = 0;
    for (FileStatus file : new SplitPlanner(conf, SplitSizing.BLOCKS).listFiles(input.paths())) {
      total += file.getLen();
    }
    long perTask = Math.max(MIN_AUTO_SPLIT, (total + parallelism - 1) / parallelism);
    return new SplitSizing(1, perTask);
  }
}
