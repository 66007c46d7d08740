package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.PipelineParameter;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.compiler.StageJarCache;
import dev.marvel.plan.PlanOptions;
import dev.marvel.runtime.driver.JobFailedException;
import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.run.JobRunner;
import dev.marvel.runtime.run.RunOptions;
import dev.marvel.runtime.run.RunReport;
import dev.marvel.runtime.run.RunSetupException;
import dev.marvel.runtime.run.ShuffleKind;
import dev.marvel.runtime.yarn.YarnSettings;
import dev.marvel.samples.gen.ByteSize;
import dev.marvel.types.Type;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc run FILE.mvl|BUNDLE_DIR -p name=value…}: compiles the pipeline (or takes a
 * compiled bundle) and runs it on this machine to a committed output. Exit 0 when the output is
 * committed, 1 when the program has errors, the run cannot start or the job failed (then no
 * output was committed), 2 for a command line that cannot be understood.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Compile a pipeline (or take a compiled bundle) and run it on this machine.")
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.mvl|BUNDLE_DIR",
      description = "The program to run, or a bundle directory written by the compiler.")
  String target;

  @Mixin
  ParameterOptions parameters;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Which pipeline to run when the file has several.")
  String pipeline;

  @Option(names = "--shuffle", paramLabel = "local|ignite|hdfs",
      description = "Where data between stages lives (default: local; see docs/running.md).")
  String shuffle;

  @Option(names = "--ignite", paramLabel = "HOST:PORT[,HOST:PORT…]",
      description = "Use a running Ignite cluster (thin-client endpoints) for shuffle and job"
          + " state instead of an embedded node.")
  String ignite;

  @Option(names = "--yarn", paramLabel = "HOST:PORT",
      description = "Ask this YARN ResourceManager how wide each stage may run and where its"
          + " tasks' blocks are (client port, 8032 by default); other YARN client settings come"
          + " from $HADOOP_CONF_DIR/yarn-site.xml.")
  String yarn;

  @Option(names = "--parallelism", paramLabel = "N",
      description = "Tasks running at once (default: the number of cores).")
  Integer parallelism;

  @Option(names = "--split-size", paramLabel = "SIZE",
      description = "Bytes per input split, e.g. 64MiB (default: one per file-system block,"
          + " smaller when the input has fewer blocks than cores).")
  String splitSize;

  @Option(names = "--bad-records", paramLabel = "fail|skip[:N]", defaultValue = "fail",
      description = "What to do with input records that do not parse: fail the job (default),"
          + " or skip and count them, failing when more than N were skipped.")
  String badRecords;

  @Option(names = "--overwrite", description = "Replace existing output when the job commits.")
  boolean overwrite;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3",
      description = "Attempts per task before the job fails (default ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(names = "--classpath", paramLabel = "CP",
      description = "Where the classes of `use function` declarations are (jars and directories).")
  String classpath;

  @Option(names = {"-v", "--verbose"},
      description = "Show internal stack traces and where the run's fixed costs went.")
  boolean verbose;

  /** Whether {@link #compile} found the bundle through {@link RunShortcuts} (for --verbose). */
  private boolean tookShortcut;

  /** Started with the command, so Hadoop's set-up overlaps picocli's too. */
  private final FileSystemPreload preload = FileSystemPreload.start(RunCommand::hadoopConfiguration);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RunOptions> options = options(preload.configuration(), err);
    if (options.isEmpty()) {
      return Marvelc.USAGE;
    }
    Path path = Path.of(target);
    boolean isBundle = Files.isDirectory(path);
    if (isBundle && (!parameters.isEmpty() || pipeline != null)) {
      err.println("error: `" + target + "` is a compiled bundle; its parameters were bound when"
          + " it was compiled");
      err.println("  = help: run the .mvl file with -p to bind other values");
      return Marvelc.USAGE;
    }
    Thread main = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt = new Thread(() -> stopAndWait(main, finished), "marvel-run-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    // The runner starts Ignite (when needed) now, so the node comes up while we compile.
    try (JobRunner runner = JobRunner.prepare(options.get())) {
      long compileStart = System.nanoTime();
      Optional<Path> bundle = isBundle ? Optional.of(path) : compile(options.get(), err);
      if (bundle.isEmpty()) {
        return 1;
      }
      if (verbose && !isBundle) {
        err.println((tookShortcut ? "found the bundle of this command line in "
            : "checked and compiled (or found in the cache) in ")
            + (System.nanoTime() - compileStart) / 1_000_000 + " ms: " + bundle.get());
      }
      RunReport report = runner.run(bundle.get());
      for (var sink : report.outputs()) {
        out.println("wrote " + sink.path());
      }
      if (verbose) {
        err.println("job " + report.jobId() + ", shuffle " + report.shuffle().optionName()
            + ", waited " + report.igniteWait().toMillis() + " ms for Ignite");
      }
      return 0;
    } catch (RunSetupException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (JobFailedException e) {
      // The message names the job, stage, task, split and DSL location (docs/running.md).
      err.println("error: " + e.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("error: the run failed: " + e.getMessage());
      err.println("  = note: this is a bug in marvelc, please report it with the command line");
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("  = help: run with --verbose to see the internal stack trace");
      }
      return 1;
    } finally {
      finished.countDown();
      removeHook(onInterrupt);
      out.flush();
      err.flush();
    }
  }

  /**
   * On Ctrl-C: interrupt the run, whose driver then cancels its tasks and aborts the output, and
   * give it a few seconds to do so before the JVM exits.
   */
  private static void stopAndWait(Thread main, CountDownLatch finished) {
    main.interrupt();
    try {
      finished.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running and waits for us.
    }
  }

  private Optional<RunOptions> options(Configuration hadoop, PrintWriter err) {
    RunOptions o = RunOptions.defaults().withOverwrite(overwrite).withHadoop(hadoop)
        .withUserClasses(UserClassPath.loader(classpath))
        .withProgress(new PrintStream(new WriterOutputStream(err), true));
    try {
      if (parallelism != null) {
        o = o.withParallelism(parallelism);
      }
      if (splitSize != null) {
        o = o.withSplitSize(ByteSize.parse(splitSize));
      }
      if (shuffle != null) {
        o = o.withShuffle(ShuffleKind.parse(shuffle));
      }
      if (ignite != null) {
        o = o.withIgniteAddress(ignite);
      }
      if (yarn != null) {
        o = o.withYarn(YarnSettings.of(yarn));
      }
      return Optional.of(o.withBadRecords(BadRecordPolicy.parse(badRecords))
          .withMaxAttempts(maxAttempts));
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("  = help: run 'marvelc run --help' for the options");
      return Optional.empty();
    }
  }

  /**
   * Hadoop's defaults plus {@code core-site.xml}, {@code hdfs-site.xml} and
   * {@code yarn-site.xml} from {@code $HADOOP_CONF_DIR}, as Hadoop's own tools read them: paths
   * without a scheme then mean the cluster's default file system.
   */
  private static Configuration hadoopConfiguration() {
    Configuration conf = new Configuration();
    String confDir = System.getenv("HADOOP_CONF_DIR");
    if (confDir != null && !confDir.isBlank()) {
      for (String file : List.of("core-site.xml", "hdfs-site.xml", "yarn-site.xml")) {
        Path site = Path.of(confDir, file);
        if (Files.isRegularFile(site)) {
          conf.addResource(new org.apache.hadoop.fs.Path(site.toUri()));
        }
      }
    }
    return conf;
  }

  /**
   * Checks, binds and compiles the file into the bundle cache; empty after printing errors. A
   * command line run before with inputs of the same sizes goes straight to its cached bundle.
   */
  private Optional<Path> compile(RunOptions options, PrintWriter err) throws IOException {
    BundleCache cache = BundleCache.standard();
    Optional<String> shortcut = shortcutKey(options);
    if (shortcut.isPresent()) {
      Optional<RunShortcuts.Entry> seen = cache.shortcuts().find(shortcut.get());
      if (seen.isPresent() && InputSizes.measure(seen.get().inputs(), options.hadoop())
          .equals(seen.get().inputSizes())) {
        Optional<Path> bundle = cache.find(seen.get().bundleKey());
        if (bundle.isPresent()) {
          err.print(seen.get().report());
          tookShortcut = true;
          return bundle;
        }
      }
    }
    ClassLoader udfs = options.userClasses();
    FrontEnd.Result result = SourceFiles.check(FrontEnd.standard(udfs), target);
    String report = CheckReport.text(result);
    err.print(report);
    if (result.hasErrors()) {
      return Optional.empty();
    }
    Optional<PipelineSelection.Selected> selected = PipelineSelection.select(result.analyzed(), target, pipeline,
        "run", p -> absolutePaths(p, parameters.values()), err);
    if (selected.isEmpty()) {
      return Optional.empty();
    }
    AnalyzedPipeline chosen = selected.get().pipeline();
    Map<String, String> values = selected.get().values();
    List<String> inputs = InputSizes.inputs(chosen, values);
    SortedMap<String, Long> sizes = InputSizes.measure(inputs, options.hadoop());
    PlanOptions plan = PlanOptions.defaults().withDefaultParallelism(options.parallelism())
        .withInputSizes(sizes);
    String key = BundleCache.key(result.file().text(), chosen.name(), values,
        PipelineCompiler.version() + "|" + plan, classpath);
    StageJarCache jars = cache.stageJars(PipelineCompiler.jarContext(classpath));
    Optional<Path> bundle = cache.bundle(key, dir -> PipelineCompiler.compile(result,
        chosen, selected.get().parameters(), udfs, classpath, plan, jars, dir, null, err).isPresent());
    if (bundle.isPresent() && shortcut.isPresent()) {
      cache.shortcuts().remember(shortcut.get(), new RunShortcuts.Entry(key, inputs, sizes, report));
    }
    return bundle;
  }

  /** The name of this command line's shortcut; empty when the file cannot be read (checked next). */
  private Optional<String> shortcutKey(RunOptions options) throws IOException {
    String source;
    try {
      source = Files.readString(Path.of(target));
    } catch (IOException | RuntimeException e) {
      // Unreadable, not UTF-8 or not a path: the front end reports it as a diagnostic.
      return Optional.empty();
    }
    return Optional.of(RunShortcuts.key(source, target, PipelineCompiler.version(), pipeline,
        parameters.values(), Path.of(""), options.parallelism(), classpath));
  }

  /**
   * Local paths given for {@code path} parameters become absolute, so the bundle (and its cache
   * key) means the same files whatever directory it is run from.
   */
  private static Map<String, String> absolutePaths(AnalyzedPipeline p, Map<String, String> given) {
    Map<String, String> values = new LinkedHashMap<>(given);
    for (PipelineParameter param : p.parameters()) {
      String v = values.get(param.name());
      if (v != null && param.type() == Type.Scalar.PATH && !v.isBlank() && !hasScheme(v)) {
        values.put(param.name(), Path.of(v).toAbsolutePath().normalize().toString());
      }
    }
    return values;
  }

  private static boolean hasScheme(String path) {
    try {
      URI uri = new URI(path);
      return uri.getScheme() != null && uri.getScheme().length() > 1;
    } catch (Exception e) {
      return false;
    }
  }
}
