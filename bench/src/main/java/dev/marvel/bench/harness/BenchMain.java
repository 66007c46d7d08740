package dev.marvel.bench.harness;

import dev.marvel.samples.gen.BdbTables;
import dev.marvel.samples.gen.ByteSize;
import dev.marvel.samples.gen.TextCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench/run}: generates deterministic data, then times every system on every workload,
 * whole processes, several runs, side by side in one run; checks that all systems produced the
 * same answer before it reports a figure; prints Markdown tables of medians with ratios to the
 * hand-written reference, and one of Marvel's shuffle stores against each other.
 */
public final class BenchMain {

  /** A literal-prefixed pattern, so the prefilter matters, over the corpus's random words. */
  static final String DEFAULT_PATTERN = "qu[a-z]+";
  /** The shuffle-heavy pipeline the stores are compared on: BDB Q2 with a long prefix, many groups. */
  static final int SHUFFLE_PREFIX = 12;

  static final List<String> WORKLOADS = List.of("wordcount", "grep", "bdb-q1", "bdb-q2", "bdb-q3", "shuffle-stores");
  static final List<String> SYSTEMS = List.of("hand-written", "marvel", "hadoop-mr-local", "h2");
  static final List<String> STORES = List.of("local", "hdfs", "ignite");

  private static final String USAGE = "usage: bench/run [--sizes 256MiB,1GiB] [--runs 3] [--warmup 1] "
      + "[--workloads " + String.join(",", WORKLOADS) + "] [--systems " + String.join(",", SYSTEMS) + "] "
      + "[--stores " + String.join(",", STORES) + "] [--pattern REGEX] [--work DIR]";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(o, System.out));
  }

  static int run(Options o, PrintStream out) throws IOException, InterruptedException {
    Path work = Files.createDirectories(o.work());
    Path home = Path.of(System.getProperty("marvel.home", "."));
    ProcessTimer timer = new ProcessTimer(work.resolve("scratch"));
    List<Row> rows = new ArrayList<>();
    List<Row> storeRows = new ArrayList<>();
    for (long size : o.sizes()) {
      for (String name : o.workloads()) {
        Workload w = workload(name, size, work, o.pattern());
        if (name.equals("shuffle-stores")) {
          List<BenchSystem> stores = o.stores().stream().map(s -> (BenchSystem) MarvelRun.withShuffle(home, s)).toList();
          storeRows.addAll(measure(w, size, stores, "marvel --shuffle " + o.stores().get(0), o, timer, work));
        } else {
          rows.addAll(measure(w, size, o.systems(home), "hand-written", o, timer, work));
        }
      }
    }
    StringBuilder report = new StringBuilder();
    if (!rows.isEmpty()) {
      report.append(Table.markdown(rows));
    }
    if (!storeRows.isEmpty()) {
      report.append(report.isEmpty() ? "" : "\n").append(Table.shuffleStores(storeRows));
    }
    out.print(report);
    Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
    return 0;
  }

  /**
   * Times each system that supports {@code w}, {@code --runs} times (after {@code --warmup}
   * untimed runs for a system that warms up), checking every answer against the first; one row
   * per system.
   */
  private static List<Row> measure(Workload w, long size, List<BenchSystem> systems, String reference, Options o,
      ProcessTimer timer, Path work) throws IOException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    long bytes = w.inputBytes();
    Answer expected = null;
    String expectedFrom = null;
    for (BenchSystem system : systems) {
      if (!system.supports(w)) {
        continue;
      }
      // One output path for every run of a workload: Marvel binds it into the plan, so the bundle
      // cache serves runs 2..n, and the shuffle stores (a run option) share one compiled bundle.
      Path output = work.resolve("out-" + w.slug() + "-" + size);
      Path log = work.resolve("scratch").resolve(output.getFileName() + ".log");
      List<Measurement> measured = new ArrayList<>();
      Optional<String> shuffled = Optional.empty();
      for (int i = system.warmsUp() ? -o.warmup() : 0; i < o.runs(); i++) {
        deleteRecursively(output);
        Measurement m = timer.run(system.command(w, output), 3600, log);
        Answer answer = system.result(w, output);
        if (expected == null) {
          expected = answer;
          expectedFrom = system.name();
        } else {
          Optional<String> difference = expected.difference(answer);
          if (difference.isPresent()) {
            throw new IllegalStateException(system.name() + " disagrees with " + expectedFrom + " on " + w.label()
                + " over " + size + " bytes, no figure reported: " + difference.get());
          }
        }
        if (i >= 0) {
          measured.add(m);
        }
        shuffled = RunReport.shuffled(log);
        deleteRecursively(output);
      }
      Files.deleteIfExists(log);
      rows.add(new Row(w.label(), bytes, system.name(), reference, Stats.median(measured), shuffled));
    }
    return rows;
  }

  /**
   * The workload {@code name} over data of {@code size}, generated under {@code work} on first
   * use. Text: {@code marvelc gen text --size SIZE}. BDB Q2, Q3 and the stores: {@code marvelc
   * gen bdb --size SIZE} (both tables, SIZE in all). Q1 reads only rankings, so its data is a
   * rankings table of SIZE alone ({@code --rankings SIZE/41 --uservisits 0}).
   */
  static Workload workload(String name, long size, Path work, String pattern) throws IOException {
    return switch (name) {
      case "wordcount" -> Workload.wordCount(text(work, size));
      case "grep" -> Workload.grep(text(work, size), pattern);
      case "bdb-q1" -> Workload.bdbScan(bdb(work.resolve("bdb-rankings-" + size),
          Math.max(1, size / BdbTables.RANKINGS_ROW_BYTES), 0));
      case "bdb-q2" -> Workload.bdbAggregation(bdbBySize(work, size), Integer.parseInt(Workload.AGGREGATION_PREFIX));
      case "bdb-q3" -> Workload.bdbJoin(bdbBySize(work, size));
      case "shuffle-stores" -> Workload.bdbAggregation(bdbBySize(work, size), SHUFFLE_PREFIX);
      default -> throw new IllegalArgumentException("unknown workload '" + name + "'; known: " + WORKLOADS);
    };
  }

  private static Path text(Path work, long size) throws IOException {
    Path data = work.resolve("text-" + size);
    if (!Files.isDirectory(data)) {
      Path partial = work.resolve("text-" + size + ".partial");
      deleteRecursively(partial);
      TextCorpus.write(partial, size, 42, 4);
      Files.move(partial, data, StandardCopyOption.ATOMIC_MOVE);
    }
    return data;
  }

  private static Path bdbBySize(Path work, long size) throws IOException {
    long uservisits = BdbTables.uservisitsForBytes(size);
    return bdb(work.resolve("bdb-" + size), BdbTables.rankingsFor(uservisits), uservisits);
  }

  /** The BDB tables in {@code data}, written once (seed 42, four files each) and reused after. */
  private static Path bdb(Path data, long rankings, long uservisits) throws IOException {
    if (!Files.isDirectory(data)) {
      Path partial = data.resolveSibling(data.getFileName() + ".partial");
      deleteRecursively(partial);
      BdbTables.write(partial, rankings, uservisits, 42, 4);
      Files.move(partial, data, StandardCopyOption.ATOMIC_MOVE);
    }
    return data;
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

  /**
   * One line of a results table: the median run of one system on one workload, the bytes the
   * workload reads, the system its wall time is compared with, and the shuffle bytes Marvel reported.
   */
  record Row(String workload, long bytes, String system, String reference, Measurement median,
      Optional<String> shuffled) {}

  /** Command-line options of bench/run. */
  record Options(List<Long> sizes, int runs, int warmup, List<String> workloads, List<String> systemNames,
      List<String> stores, String pattern, Path work) {

    static Options parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 == args.length) {
          throw new IllegalArgumentException("expected --option value pairs, got '" + args[i] + "'");
        }
        m.put(args[i].substring(2), args[++i]);
      }
      for (String key : m.keySet()) {
        if (!List.of("sizes", "runs", "warmup", "workloads", "systems", "stores", "pattern", "work").contains(key)) {
          throw new IllegalArgumentException("unknown option --" + key);
        }
      }
      Options o = new Options(
          Arrays.stream(m.getOrDefault("sizes", "256MiB,1GiB").split(",")).map(ByteSize::parse).toList(),
          Integer.parseInt(m.getOrDefault("runs", "3")),
          Integer.parseInt(m.getOrDefault("warmup", "1")),
          known("workload", m.getOrDefault("workloads", String.join(",", WORKLOADS)), WORKLOADS),
          known("system", m.getOrDefault("systems", String.join(",", SYSTEMS)), SYSTEMS),
          known("shuffle store", m.getOrDefault("stores", String.join(",", STORES)), STORES),
          m.getOrDefault("pattern", DEFAULT_PATTERN),
          Path.of(m.getOrDefault("work", "bench/data")));
      if (o.runs() < 1 || o.warmup() < 0) {
        throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
      }
      return o;
    }

    private static List<String> known(String what, String list, List<String> known) {
      List<String> names = List.of(list.split(","));
      for (String n : names) {
        if (!known.contains(n)) {
          throw new IllegalArgumentException("unknown " + what + " '" + n + "'; known: " + String.join(",", known));
        }
      }
      return names;
    }

    List<BenchSystem> systems(Path home) {
      List<BenchSystem> all = List.of(new HandWritten(), new HadoopLocal(), new MarvelRun(home), new H2Reference());
      return systemNames.stream()
          .map(n -> all.stream().filter(s -> s.name().equals(n)).findFirst().orElseThrow())
          .toList();
    }
  }
}
