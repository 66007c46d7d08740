package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.compiler.FrontEnd;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Compiles a checked pipeline into a bundle directory, for {@code run} (and its cache). */
final class PipelineCompiler {
  private PipelineCompiler() {}

  /** What identifies the compiler's output for the bundle cache. */
  static String version() {
    return "unavailable";
  }

  static boolean compile(FrontEnd.Result checked, AnalyzedPipeline pipeline,
      BoundParameters parameters, String classpath, Path dir, PrintWriter err, boolean verbose)
      throws IOException {
    throw new UnsupportedOperationException("code generation has not landed yet");
  }
}
