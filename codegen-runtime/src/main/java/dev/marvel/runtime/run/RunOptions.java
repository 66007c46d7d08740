package dev.marvel.runtime.run;

import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.yarn.YarnSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;

/**
 * How {@link JobRunner} runs a bundle on this machine; {@link #defaults()} is what
 * {@code marvelc run} does without options.
 *
 * @param parallelism task attempts running at once ({@code --parallelism}, default: cores)
 * @param splitSize bytes per input split ({@code --split-size}); empty: block-aligned, see
 *     {@link SplitTaskPlanner}
 * @param shuffle where data between stages lives ({@code --shuffle})
 * @param igniteAddress thin-client endpoints of an existing cluster ({@code --ignite}); empty:
 *     an embedded node, started only when something needs it
 * @param badRecords what readers do with a record they cannot parse ({@code --bad-records});
 *     a {@code skip:N} limit counts for the whole job
 * @param overwrite replace existing outputs when the job commits ({@code --overwrite})
 * @param maxAttempts attempts per task, the first included ({@code --max-attempts})
 * @param workDir where the embedded Ignite node and a local shuffle keep their files; empty: a
 *     fresh temporary directory, deleted at the end
 * @param hadoop the Hadoop configuration for paths without a scheme and {@code hdfs://} access
 * @param progress where progress and the final summary go (stderr for the CLI)
 * @param userClasses the parent of the actions' class loaders: the runtime's classes plus those
 *     of {@code use function} declarations ({@code --classpath})
 * @param yarn how to ask the YARN ResourceManager that sizes stages and places tasks
 *     ({@code --yarn HOST:PORT}); empty: this machine's cores decide
 */
public record RunOptions(int parallelism, OptionalLong splitSize, ShuffleKind shuffle,
    Optional<String> igniteAddress, BadRecordPolicy badRecords, boolean overwrite,
    int maxAttempts, Optional<Path> workDir, Configuration hadoop, PrintStream progress,
    ClassLoader userClasses, Optional<YarnSettings> yarn) {

  /**
   * Chosen by measurement (docs/running.md): on a single machine files beat Ignite caches for
   * the sizes a local run sees, and need no node to start.
   */
  public static final ShuffleKind DEFAULT_SHUFFLE = ShuffleKind.LOCAL;

  public RunOptions {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1, was " + maxAttempts);
    }
    if (splitSize.isPresent() && splitSize.getAsLong() < 1) {
      throw new IllegalArgumentException("split size must be at least 1 byte");
    }
    Objects.requireNonNull(shuffle);
    Objects.requireNonNull(igniteAddress);
    Objects.requireNonNull(badRecords);
    Objects.requireNonNull(workDir);
    Objects.requireNonNull(hadoop);
    Objects.requireNonNull(progress);
    Objects.requireNonNull(userClasses);
    Objects.requireNonNull(yarn);
  }

  public static RunOptions defaults() {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), OptionalLong.empty(),
        DEFAULT_SHUFFLE, Optional.empty(), BadRecordPolicy.FAIL, false, 3, Optional.empty(),
        new Configuration(), System.err, RunOptions.class.getClassLoader(), Optional.empty());
  }

  public RunOptions withParallelism(int n) {
    return new RunOptions(n, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withSplitSize(long bytes) {
    return new RunOptions(parallelism, OptionalLong.of(bytes), shuffle, igniteAddress,
        badRecords, overwrite, maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withShuffle(ShuffleKind kind) {
    return new RunOptions(parallelism, splitSize, kind, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withIgniteAddress(String address) {
    return new RunOptions(parallelism, splitSize, shuffle, Optional.of(address), badRecords,
        overwrite, maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withBadRecords(BadRecordPolicy policy) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, policy, overwrite,
        maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withOverwrite(boolean replace) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, replace,
        maxAttempts, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withMaxAttempts(int n) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        n, workDir, hadoop, progress, userClasses, yarn);
  }

  public RunOptions withWorkDir(Path dir) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, Optional.of(dir), hadoop, progress, userClasses, yarn);
  }

  public RunOptions withHadoop(Configuration conf) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, conf, progress, userClasses, yarn);
  }

  public RunOptions withUserClasses(ClassLoader loader) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, hadoop, progress, loader, yarn);
  }

  public RunOptions withProgress(PrintStream out) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, hadoop, out, userClasses, yarn);
  }

  public RunOptions withYarn(YarnSettings settings) {
    return new RunOptions(parallelism, splitSize, shuffle, igniteAddress, badRecords, overwrite,
        maxAttempts, workDir, hadoop, progress, userClasses, Optional.of(settings));
  }
}
