package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.analysis.ParameterProblem;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc check FILE…}: parse and analyse without compiling. Exit 0 when no file has an
 * error (warnings allowed), 1 when one has, 2 for a command line that cannot be understood.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check .mvl files for errors and warnings without compiling them.")
final class CheckCommand implements Callable<Integer> {
  /** Code for a {@code -p} value that does not fit the pipeline; it has no place in the source. */
  static final String PARAMETER_ERROR = "E0110";

  enum OutputFormat { text, json }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .mvl files to check.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output as rustc-style text (default) or one JSON document.")
  OutputFormat format;

  @Mixin
  ParameterOptions parameters;

  @Option(names = "--classpath", paramLabel = "CP",
      description = "Where the classes of `use function` declarations are (jars and directories).")
  String classpath;

  @Option(names = {"-v", "--verbose"}, description = "Show internal stack traces of compiler bugs.")
  boolean verbose;

  @Override
  public Integer call() {
    Map<String, String> values = parameters.values();
    FrontEnd frontEnd = FrontEnd.standard(UserClassPath.loader(classpath));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FrontEnd.Result> results = new ArrayList<>();
    for (String name : files) {
      FrontEnd.Result result = SourceFiles.check(frontEnd, name);
      if (!parameters.isEmpty() && !result.hasErrors()) {
        result = withParameterProblems(result, values);
      }
      results.add(result);
      if (format == OutputFormat.text) {
        err.print(CheckReport.text(result));
        if (result.diagnostics().isEmpty()) {
          out.println(name + ": no problems found");
        }
      }
      if (verbose && result.internalError().isPresent()) {
        result.internalError().get().printStackTrace(err);
      }
    }
    if (format == OutputFormat.json) {
      out.println(CheckReport.json(results));
    }
    out.flush();
    err.flush();
    return results.stream().anyMatch(FrontEnd.Result::hasErrors) ? 1 : 0;
  }

  /** Binds the {@code -p} values to every pipeline of the file; problems point at the pipeline's name. */
  private static FrontEnd.Result withParameterProblems(FrontEnd.Result result, Map<String, String> values) {
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    SourceFile file = result.file();
    for (AnalyzedPipeline p : result.analyzed().pipelines()) {
      Span at = p.declaration().name().span();
      for (ParameterProblem problem : ParameterBinder.bind(p, values).problems()) {
        diagnostics.add(new Diagnostic(PARAMETER_ERROR, Severity.ERROR, file, at,
            problem.message() + " (from -p)", "pipeline `" + p.name() + "`", problem.help()));
      }
    }
    return new FrontEnd.Result(file, result.program(), result.analysis(), diagnostics, result.notShown(),
        result.internalError());
  }
}
