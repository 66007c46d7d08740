package dev.marvel.cli;

import dev.marvel.bundle.Plan;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.compiler.StageJarCache;
import dev.marvel.plan.PlanOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc compile FILE -o DIR [-p name=value…] [--pipeline NAME] [--classpath CP]}: compiles a
 * pipeline into a bundle directory (plan.json, one action jar per stage, manifest.yaml). Exit 0 on
 * success, 1 for errors in the program, its parameters or an unsupported construct (or a marvelc
 * bug), 2 for a command line that cannot be understood.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile a pipeline into a bundle of OpenWhisk actions and a plan.")
final class CompileCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .mvl file.")
  String file;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The bundle directory to write (created or replaced).")
  Path output;

  @Mixin
  ParameterOptions parameters;

  @Option(names = "--pipeline", paramLabel = "NAME", description = "Which pipeline to compile when the file has several.")
  String pipeline;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
      description = "Partitions of a shuffle when input sizes are unknown (default ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--classpath", paramLabel = "CP",
      description = "Where the classes of `use function` declarations are (jars and directories); they must be"
          + " on the runtime class path when the bundle runs, too.")
  String classpath;

  @Option(names = "--sources", paramLabel = "DIR", description = "Also write the generated Java sources under DIR.")
  Path sources;

  @Option(names = {"-v", "--verbose"}, description = "Show internal stack traces of compiler bugs.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (parallelism < 1) {
      err.println("error: --parallelism must be at least 1, got " + parallelism);
      return Marvelc.USAGE;
    }
    ClassLoader udfs = UserClassPath.loader(classpath);
    FrontEnd.Result result = SourceFiles.check(FrontEnd.standard(udfs), file);
    err.print(CheckReport.text(result));
    if (result.hasErrors()) {
      err.flush();
      return 1;
    }
    Optional<PipelineSelection.Selected> selected =
        PipelineSelection.select(result.analyzed(), file, pipeline, "compile", p -> parameters.values(), err);
    if (selected.isEmpty()) {
      err.flush();
      return 1;
    }
    try {
      Optional<Plan> plan = PipelineCompiler.compile(result, selected.get().pipeline(), selected.get().parameters(),
          udfs, classpath, PlanOptions.defaults().withDefaultParallelism(parallelism), StageJarCache.NONE, output,
          sources, err);
      plan.ifPresent(p -> out.println("compiled `" + selected.get().pipeline().name() + "` into " + output + " ("
          + p.stages().size() + " stages: "
          + p.stages().stream().map(s -> s.id() + " " + s.operators()).collect(Collectors.joining("; ")) + ")"));
      out.flush();
      err.flush();
      return plan.isPresent() ? 0 : 1;
    } catch (RuntimeException e) {
      err.println("error[" + FrontEnd.INTERNAL_ERROR + "]: internal compiler error while compiling `" + file + "`: " + e);
      err.println("  = note: this is a bug in marvelc, please report it with the file and the command line");
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("  = help: run with --verbose to see the internal stack trace");
      }
      err.flush();
      return 1;
    }
  }
}
