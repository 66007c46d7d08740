package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.Explain;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.build.PlanBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc explain FILE -p name=value… [--dot FILE]}: prints how a pipeline would run — the
 * logical plan, the optimized plan with the rules that fired, and the stages with their channels.
 * Sizes of local inputs inform the plan (broadcasting small join sides, partition counts).
 * Exit 0 on success, 1 when the file or its parameters have errors (or marvelc hit a bug), 2 for a
 * command line that cannot be understood.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show the logical, optimized and stage plans of a pipeline.")
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .mvl file.")
  String file;

  @Mixin
  ParameterOptions parameters;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Which pipeline to explain when the file has several.")
  String pipeline;

  @Option(names = "--dot", paramLabel = "FILE", description = "Also write the stage graph as Graphviz DOT to FILE.")
  Path dot;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
      description = "Partitions of a shuffle when input sizes are unknown (default ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--classpath", paramLabel = "CP",
      description = "Where the classes of `use function` declarations are (jars and directories).")
  String classpath;

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
    FrontEnd.Result result = SourceFiles.check(FrontEnd.standard(UserClassPath.loader(classpath)), file);
    err.print(CheckReport.text(result));
    if (result.hasErrors()) {
      err.flush();
      return 1;
    }
    AnalyzedProgram analysis = result.analyzed();
    Optional<PipelineSelection.Selected> selected =
        PipelineSelection.select(analysis, file, pipeline, "explain", p -> values, err);
    if (selected.isEmpty()) {
      err.flush();
      return 1;
    }
    try {
      LogicalPlan plan = PlanBuilder.build(analysis, selected.get().pipeline(), selected.get().parameters());
      Explain explain = Explain.of(plan,
          PlanOptions.defaults().withDefaultParallelism(parallelism).withInputSizes(LocalInputSizes.of(plan)));
      out.print(explain.text());
      out.flush();
      if (dot != null) {
        Files.writeString(dot, explain.dot(), StandardCharsets.UTF_8);
      }
      return 0;
    } catch (IOException e) {
      err.println("error: cannot write `" + dot + "`: " + e.getMessage());
      err.println("  = help: check that the directory exists and is writable");
      return 1;
    } catch (RuntimeException e) {
      err.println("error[" + FrontEnd.INTERNAL_ERROR + "]: planning `" + file + "` failed: " + e.getMessage());
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
