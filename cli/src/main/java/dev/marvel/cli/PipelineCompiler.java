package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.bundle.Plan;
import dev.marvel.codegen.InMemoryJavac;
import dev.marvel.compiler.Compilation;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.compiler.StageJarCache;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.plan.PlanOptions;
import dev.marvel.runtime.task.TaskContext;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a checked pipeline into a bundle directory for {@code run} (through its cache),
 * reporting a construct the code generator does not support as a diagnostic and a failure of
 * the generated code as a marvelc bug.
 */
final class PipelineCompiler {
  private PipelineCompiler() {}

  /**
   * What identifies the compiler's output for the bundle cache: the version, and the jars (or
   * class directories) of the compiler and of the runtime the generated code compiles against,
   * by size and time, so a rebuilt snapshot never reuses old bundles.
   */
  static String version() {
    return new Marvelc.Version().getVersion()[0] + "|" + stamp(Compilation.class) + "|"
        + stamp(TaskContext.class);
  }

  private static String stamp(Class<?> of) {
    try {
      Path code = Path.of(of.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(code) ? BundleCache.fingerprint(code.toString())
          : code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      return of.getName();
    }
  }

  /** What else decides a stage jar's bytes besides its source, for {@link BundleCache#stageJars}. */
  static String jarContext(String classpath) throws IOException {
    return version() + "|" + Runtime.version() + "|" + BundleCache.fingerprint(classpath);
  }

  /**
   * Writes the bundle into {@code dir} (and the generated Java under {@code sources}, if not
   * null), taking stage jars {@code jars} holds instead of compiling them; empty after printing
   * why it could not.
   */
  static Optional<Plan> compile(FrontEnd.Result checked, AnalyzedPipeline pipeline,
      BoundParameters parameters, ClassLoader udfs, String classpath, PlanOptions plan,
      StageJarCache jars, Path dir, Path sources, PrintWriter err) {
    Compilation.Options options = new Compilation.Options(plan, udfs, userClassPath(classpath),
        "marvel/runtime:" + new Marvelc.Version().getVersion()[0].replace("marvelc ", ""), jars);
    try {
      return Optional.of(Compilation.compile(checked.file(), checked.analyzed(), pipeline, parameters,
          options, dir, sources));
    } catch (Compilation.Rejected e) {
      DiagnosticRenderer renderer = new DiagnosticRenderer();
      err.println(renderer.render(e.diagnostic()));
      err.println(renderer.summary(checked.file().name(), 1, 0));
      return Optional.empty();
    } catch (UncheckedIOException e) {
      err.println("error: cannot write the compiled bundle to `" + dir + "`: " + e.getMessage());
      err.println("  = help: check that the directory is writable (for `run`: the bundle cache,"
          + " $MARVEL_CACHE)");
      return Optional.empty();
    } catch (InMemoryJavac.GeneratedCodeException e) {
      err.println("error[" + FrontEnd.INTERNAL_ERROR + "]: internal compiler error: "
          + e.getMessage());
      err.println("  = note: this is a bug in marvelc, please report it with the file, the"
          + " command line and " + e.sources());
      return Optional.empty();
    }
  }

  static List<Path> userClassPath(String classpath) {
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
}
