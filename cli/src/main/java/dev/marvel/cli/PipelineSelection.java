package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.analysis.ParameterProblem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline of a checked file a command works on — the one named by {@code --pipeline}, or the
 * only one — with its {@code -p} values bound. Shared by compile, explain and run.
 */
final class PipelineSelection {
  private PipelineSelection() {}

  /** A chosen pipeline, the {@code -p} values as given to the binder, and their bound form. */
  record Selected(AnalyzedPipeline pipeline, Map<String, String> values, BoundParameters parameters) {}

  /**
   * Chooses and binds, or returns empty after saying on {@code err} what was wrong. {@code verb}:
   * what the command was going to do ("compile"); {@code values}: the {@code -p} values for the
   * chosen pipeline (run makes local paths absolute first).
   */
  static Optional<Selected> select(AnalyzedProgram analysis, Object file, String pipeline, String verb,
      Function<AnalyzedPipeline, Map<String, String>> values, PrintWriter err) {
    Optional<AnalyzedPipeline> chosen = choose(analysis, file, pipeline, verb, err);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> given = values.apply(chosen.get());
    ParameterBinder.Result bound = ParameterBinder.bind(chosen.get(), given);
    if (!bound.ok()) {
      for (ParameterProblem p : bound.problems()) {
        err.println("error[" + CheckCommand.PARAMETER_ERROR + "]: " + p.message() + " (from -p)");
        p.help().forEach(h -> err.println("  = help: " + h));
      }
      return Optional.empty();
    }
    return Optional.of(new Selected(chosen.get(), given, bound.parameters().orElseThrow()));
  }

  private static Optional<AnalyzedPipeline> choose(AnalyzedProgram analysis, Object file, String pipeline,
      String verb, PrintWriter err) {
    List<AnalyzedPipeline> all = analysis.pipelines();
    String names = all.stream().map(p -> "`" + p.name() + "`").collect(Collectors.joining(", "));
    if (pipeline != null) {
      Optional<AnalyzedPipeline> p = analysis.pipeline(pipeline);
      if (p.isEmpty()) {
        err.println("error: `" + file + "` has no pipeline `" + pipeline + "`");
        err.println("  = help: its pipelines are " + names);
      }
      return p;
    }
    if (all.size() != 1) {
      err.println(all.isEmpty() ? "error: `" + file + "` has no pipeline to " + verb
          : "error: `" + file + "` has " + all.size() + " pipelines; say which with --pipeline NAME");
      if (!all.isEmpty()) {
        err.println("  = help: its pipelines are " + names);
      }
      return Optional.empty();
    }
    return Optional.of(all.get(0));
  }
}
