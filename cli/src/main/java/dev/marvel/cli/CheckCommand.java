package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.NameSuggester;
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

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "The pipeline the -p values are for (needed when a file has several).")
  String pipeline;

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
      if ((!parameters.isEmpty() || pipeline != null) && !result.hasErrors()) {
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

  /**
   * Binds the {@code -p} values to the chosen pipeline — the one named by {@code --pipeline}, or
   * the only one — as compile, explain and run would; problems point at the pipeline's name.
   */
  private FrontEnd.Result withParameterProblems(FrontEnd.Result result, Map<String, String> values) {
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    SourceFile file = result.file();
    Optional<AnalyzedPipeline> chosen = choose(result.analyzed(), file, diagnostics);
    if (chosen.isPresent()) {
      AnalyzedPipeline p = chosen.get();
      Span at = p.declaration().name().span();
      for (ParameterProblem problem : ParameterBinder.bind(p, values).problems()) {
        diagnostics.add(new Diagnostic(PARAMETER_ERROR, Severity.ERROR, file, at,
            problem.message() + " (from -p)", "pipeline `" + p.name() + "`", problem.help()));
      }
    }
    return new FrontEnd.Result(file, result.program(), result.analysis(), diagnostics, result.notShown(),
        result.internalError());
  }

  /** The pipeline the values are for, or empty after adding the diagnostic that says why there is none. */
  private Optional<AnalyzedPipeline> choose(AnalyzedProgram program, SourceFile file, List<Diagnostic> diagnostics) {
    List<AnalyzedPipeline> all = program.pipelines();
    List<String> names = all.stream().map(AnalyzedPipeline::name).toList();
    String listed = "its pipelines are " + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    String problem;
    List<String> help = new ArrayList<>();
    if (pipeline != null) {
      Optional<AnalyzedPipeline> named = program.pipeline(pipeline);
      if (named.isPresent()) {
        return named;
      }
      problem = "no pipeline `" + pipeline + "` (from --pipeline)";
      NameSuggester.closest(pipeline, names).ifPresent(n -> help.add("did you mean `" + n + "`?"));
    } else if (all.size() == 1) {
      return Optional.of(all.get(0));
    } else {
      problem = all.isEmpty() ? "-p values given, but the file has no pipeline"
          : "-p values given, but the file has " + all.size() + " pipelines; say which with --pipeline NAME";
    }
    if (!all.isEmpty()) {
      help.add(listed);
    }
    diagnostics.add(new Diagnostic(PARAMETER_ERROR, Severity.ERROR, file, new Span(0, 0), problem, "", help));
    return Optional.empty();
  }
}
