package dev.marvel.bench.harness;

import dev.marvel.samples.gen.ByteSize;
import dev.marvel.samples.gen.TextCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code bench/run}: generates deterministic data, then times every system on every workload,
 * whole processes, several runs, side by side in one run; checks that all systems produced the
 * same answer before it reports a figure; prints a Markdown table of medians with ratios to the
 * hand-written reference.
 */
public final class BenchMain {

  /** A literal-prefixed pattern, so the prefilter matters, over the corpus's random words. */
  static final String DEFAULT_PATTERN = "qu[a-z]+";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    System.exit(run(o, System.out));
  }

  static int run(Options o, PrintStream out) throws IOException, InterruptedException {
    List<BenchSystem> systems = o.systems();
    Path work = Files.createDirectories(o.work());
    ProcessTimer timer = new ProcessTimer(work.resolve("scratch"));
    List<Row> rows = new ArrayList<>();
    for (long size : o.sizes()) {
      Path data = work.resolve("text-" + size);
      if (!Files.isDirectory(data)) {
        TextCorpus.write(data, size, 42, 4);
      }
      for (Workload w : List.of(Workload.wordCount(data), Workload.grep(data, o.pattern()))) {
        SortedMap<String, Long> reference = null;
        for (BenchSystem system : systems) {
          if (!system.supports(w)) {
            continue;
          }
          List<Measurement> runs = new ArrayList<>();
          for (int i = 0; i < o.runs(); i++) {
            Path output = work.resolve("out-" + system.name() + "-" + w.job() + "-" + size + "-" + i);
            deleteRecursively(output);
            runs.add(timer.run(system.command(w, output), 3600));
            SortedMap<String, Long> result = system.result(w, output);
            if (reference == null) {
              reference = result;
            } else if (!reference.equals(result)) {
              throw new IllegalStateException(system.name() + " disagrees with " + systems.get(0).name()
                  + " on " + w.label() + " over " + size + " bytes; no figure reported");
            }
            deleteRecursively(output);
          }
          rows.add(new Row(w.label(), size, system.name(), Stats.median(runs)));
        }
      }
    }
    String table = Table.markdown(rows);
    out.print(table);
    Files.writeString(work.resolve("results.md"), table, StandardCharsets.UTF_8);
    return 0;
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(q);
      }
    }
    Path tmp = p.resolveSibling(p.getFileName() + ".hadoop-tmp");
    if (Files.exists(tmp)) {
      deleteRecursively(tmp);
    }
  }

  /** One line of the results table: the median run of one system on one workload and size. */
  record Row(String workload, long bytes, String system, Measurement median) {}

  /** Command-line options of bench/run. */
  record Options(List<Long> sizes, int runs, List<String> systemNames, String pattern, Path work) {

    static Options parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 == args.length) {
          throw new IllegalArgumentException("usage: bench/run [--sizes 256MiB,1GiB] [--runs 3] "
              + "[--systems hand-written,marvel,hadoop-mr-local] [--pattern REGEX] [--work DIR]");
        }
        m.put(args[i].substring(2), args[++i]);
      }
      return new Options(
          Arrays.stream(m.getOrDefault("sizes", "256MiB,1GiB").split(",")).map(ByteSize::parse).toList(),
          Integer.parseInt(m.getOrDefault("runs", "3")),
          List.of(m.getOrDefault("systems", "hand-written,marvel,hadoop-mr-local").split(",")),
          m.getOrDefault("pattern", DEFAULT_PATTERN),
          Path.of(m.getOrDefault("work", "bench/data")));
    }

    List<BenchSystem> systems() {
      List<BenchSystem> all = List.of(new HandWritten(), new HadoopLocal(),
          new MarvelRun(Path.of(System.getProperty("marvel.home", "."))));
      return systemNames.stream().map(n -> all.stream().filter(s -> s.name().equals(n)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown system '" + n + "'; known: "
              + all.stream().map(BenchSystem::name).toList()))).toList();
    }
  }
}
