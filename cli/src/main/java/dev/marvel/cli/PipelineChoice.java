package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which pipeline of a file a command works on: the one named by {@code --pipeline}, or the only one. */
final class PipelineChoice {
  private PipelineChoice() {}

  /**
   * The chosen pipeline, or empty after saying on {@code err} what was wrong ({@code verb}: what
   * the command was going to do, e.g. "compile").
   */
  static Optional<AnalyzedPipeline> choose(AnalyzedProgram analysis, Object file, String pipeline, String verb,
      PrintWriter err) {
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
