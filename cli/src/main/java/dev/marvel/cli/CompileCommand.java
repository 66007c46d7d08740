package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.analysis.ParameterProblem;
import dev.marvel.bundle.Plan;
import dev.marvel.codegen.InMemoryJavac;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.Compilation;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.plan.PlanOptions;
import java.io.File;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    var values = parameters.values();
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
    AnalyzedProgram analysis = result.analyzed();
    Optional<AnalyzedPipeline> chosen = PipelineChoice.choose(analysis, file, pipeline, "compile", err);
    if (chosen.isEmpty()) {
      err.flush();
      return 1;
    }
    ParameterBinder.Result bound = ParameterBinder.bind(chosen.get(), values);
    if (!bound.ok()) {
      for (ParameterProblem p : bound.problems()) {
        err.println("error[" + CheckCommand.PARAMETER_ERROR + "]: " + p.message() + " (from -p)");
        p.help().forEach(h -> err.println("  = help: " + h));
      }
      err.flush();
      return 1;
    }
    Compilation.Options options = new Compilation.Options(
        PlanOptions.defaults().withDefaultParallelism(parallelism), udfs, userClassPath(), runtimeImage());
    try {
      Plan plan = Compilation.compile(result.file(), analysis, chosen.get(), bound.parameters().orElseThrow(), options,
          output, sources);
      out.println("compiled `" + chosen.get().name() + "` into " + output + " (" + plan.stages().size() + " stages: "
          + plan.stages().stream().map(s -> s.id() + " " + s.operators()).collect(Collectors.joining("; ")) + ")");
      out.flush();
      return 0;
    } catch (Compilation.Unsupported e) {
      DiagnosticRenderer renderer = new DiagnosticRenderer();
      err.println(renderer.render(e.diagnostic()));
      err.println(renderer.summary(result.file().name(), 1, 0));
      err.flush();
      return 1;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      err.println("  = help: check that the output directory is writable");
      err.flush();
      return 1;
    } catch (InMemoryJavac.GeneratedCodeException e) {
      err.println("error[" + FrontEnd.INTERNAL_ERROR + "]: internal compiler error: " + e.getMessage());
      err.println("  = note: this is a bug in marvelc, please report it with the file, the command line and "
          + e.sources());
      err.flush();
      return 1;
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

  private List<Path> userClassPath() {
    List<Path> paths = new ArrayList<>();
    if (classpath != null) {
      for (String entry : classpath.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          paths.add(Path.of(entry));
        }
      }
    }
    return paths;
  }

  private String runtimeImage() {
    String version = new Marvelc.Version().getVersion()[0].replace("marvelc ", "");
    return "marvel/runtime:" + version;
  }
}
