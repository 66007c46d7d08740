package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hadoop MapReduce's stock WordCount and Grep examples in local mode: combiner on (as the
 * examples set it), two map slots.
 *
 * <p>Stock WordCount splits on whitespace, Marvel's on letter runs; its counts are translated
 * exactly (every whitespace token's count is added to each lower-cased letter run inside it, and
 * runs never cross whitespace), so the answers compare equal while Hadoop does its own work.
 */
public final class HadoopLocal implements BenchSystem {
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

  @Override
  public String name() {
    return "hadoop-mr-local";
  }

  @Override
  public boolean supports(Workload w) {
    return !w.job().isBdb();
  }

  @Override
  public List<String> command(Workload w, Path output) {
    String[] local = {"-D", "mapreduce.framework.name=local", "-D", "mapreduce.local.map.tasks.maximum=2",
        "-D", "mapreduce.job.reduces=1", "-D", "fs.defaultFS=file:///",
        // Keep Hadoop's staging and local dirs next to the output, not in /tmp.
        "-D", "hadoop.tmp.dir=" + output.resolveSibling(output.getFileName() + ".hadoop-tmp").toAbsolutePath()};
    return switch (w.job()) {
      case BDB_SCAN, BDB_AGGREGATION, BDB_JOIN -> throw new IllegalArgumentException("no Hadoop example for " + w.label());
      case WORDCOUNT -> JavaCommand.of("1g", "org.apache.hadoop.examples.ExampleDriver",
          concat(new String[] {"wordcount"}, local, new String[] {w.input().toString(), output.toString()}));
      case GREP -> JavaCommand.of("1g", "org.apache.hadoop.examples.ExampleDriver",
          concat(new String[] {"grep"}, local,
              new String[] {w.input().toString(), output.toString(), w.parameter().orElseThrow()}));
    };
  }

  @Override
  public Answer result(Workload w, Path output) throws IOException {
    if (w.job() == Workload.Job.GREP) {
      return Answer.ofCounts(Results.keyCounts(output, true));
    }
    SortedMap<String, Long> words = new TreeMap<>();
    Matcher m = LETTERS.matcher("");
    for (Map.Entry<String, Long> token : Results.keyCounts(output, false).entrySet()) {
      m.reset(token.getKey());
      while (m.find()) {
        words.merge(m.group().toLowerCase(Locale.ROOT), token.getValue(), Long::sum);
      }
    }
    return Answer.ofCounts(words);
  }

  private static String[] concat(String[]... parts) {
    return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
  }
}
