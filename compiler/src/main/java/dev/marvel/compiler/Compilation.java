package dev.marvel.compiler;

import com.palantir.javapoet.JavaFile;
import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.Plan;
import dev.marvel.codegen.ActionJar;
import dev.marvel.codegen.BundlePlan;
import dev.marvel.codegen.InMemoryJavac;
import dev.marvel.codegen.StageGenerator;
import dev.marvel.codegen.UnsupportedPlanException;
import dev.marvel.codegen.WhiskManifest;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Severity;
import dev.marvel.optimizer.OptimizedPlan;
import dev.marvel.optimizer.Optimizer;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.Sink;
import dev.marvel.plan.build.PlanBuilder;
import dev.marvel.source.SourceFile;
import dev.marvel.stages.Stage;
import dev.marvel.stages.StagePlan;
import dev.marvel.stages.StagePlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * The back half of {@code marvelc compile} for one checked pipeline, one phase per line as jlox's
 * {@code Lox.run}: plan → optimize → stage → generate → compile → package. (Parse and analyze are
 * {@link FrontEnd}'s.) The result is a bundle directory: {@code plan.json},
 * {@code actions/<stage>.jar} and {@code manifest.yaml}; the same input gives the same bytes.
 */
public final class Compilation {

  /**
   * @param plan planning knobs (partition counts, broadcast threshold)
   * @param udfLoader where {@code use function} classes are (the user's {@code --classpath})
   * @param userClassPath the same entries as paths, for compiling calls to them
   * @param runtimeImage the Docker image the actions run in ({@code marvel/runtime:0.1.0})
   * @param jars stage jars compiled before, to reuse
   */
  public record Options(PlanOptions plan, ClassLoader udfLoader, List<Path> userClassPath, String runtimeImage,
      StageJarCache jars) {
    public Options {
      userClassPath = List.copyOf(userClassPath);
      jars = jars == null ? StageJarCache.NONE : jars;
    }

    /** Options that compile every stage afresh. */
    public Options(PlanOptions plan, ClassLoader udfLoader, List<Path> userClassPath, String runtimeImage) {
      this(plan, udfLoader, userClassPath, runtimeImage, StageJarCache.NONE);
    }

    public static Options defaults(String runtimeImage) {
      return new Options(PlanOptions.defaults(), Compilation.class.getClassLoader(), List.of(), runtimeImage);
    }
  }

  /** What the code generator produced, before packaging: generated sources and the plan. */
  public record Generated(StagePlan stages, Map<String, JavaFile> sources, Plan plan) {}

  /**
   * The pipeline, with its parameters bound, cannot be compiled: it uses something the code
   * generator does not support, or its sinks would overwrite each other. An error at a span of
   * the program.
   */
  public static final class Rejected extends RuntimeException {
    private final transient Diagnostic diagnostic;

    Rejected(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /** Code of the error for a construct the code generator cannot compile yet. */
  public static final String UNSUPPORTED = "E0590";
  /** Code of the error for two sinks bound to the same output path. */
  public static final String SHARED_OUTPUT = "E0516";

  private Compilation() {}

  /**
   * Compiles {@code pipeline} into the bundle directory {@code out} (replacing an earlier bundle
   * there); also writes the generated sources under {@code sources} when it is not null.
   */
  public static Plan compile(SourceFile file, AnalyzedProgram analysis, AnalyzedPipeline pipeline,
      BoundParameters params, Options options, Path out, Path sources) {
    Generated generated = generate(file, analysis, pipeline, params, options);
    if (sources != null) {
      for (JavaFile f : generated.sources().values()) {
        try {
          f.writeTo(sources);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the generated sources to " + sources + ": " + e.getMessage(), e);
        }
      }
    }
    SortedMap<String, byte[]> jars = compileJars(generated, options);
    writeBundle(out, generated.plan(), jars, options.runtimeImage());
    return generated.plan();
  }

  /** Plans and generates the action sources of {@code pipeline}. */
  public static Generated generate(SourceFile file, AnalyzedProgram analysis, AnalyzedPipeline pipeline,
      BoundParameters params, Options options) {
    LogicalPlan logical = PlanBuilder.build(analysis, pipeline, params);
    checkOutputsApart(file, logical);
    OptimizedPlan optimized = Optimizer.standard(options.plan()).optimize(logical);
    StagePlan stages = new StagePlanner(options.plan()).plan(optimized.plan());
    String pkg = packageName(pipeline.name());
    BundlePlan bundle = new BundlePlan(stages, file, pkg);
    StageGenerator generator = new StageGenerator(pkg, bundle::location, options.udfLoader(), bundle::sinkId,
        stages::firstPartition);
    Map<String, JavaFile> sources = new LinkedHashMap<>();
    for (Stage stage : stages.stages()) {
      try {
        sources.put(stage.id(), generator.generate(stage));
      } catch (UnsupportedPlanException e) {
        throw new Rejected(new Diagnostic(UNSUPPORTED, Severity.ERROR, file, e.span(), e.getMessage(),
            "not supported by marvelc's code generator", List.of("see docs/codegen.md for what is supported")));
      }
    }
    return new Generated(stages, sources, bundle.plan(params.values()));
  }

  /**
   * Each sink commits its own part files into its output directory, so two sinks bound to one
   * path would overwrite each other's; only the values bound at compile time tell.
   */
  private static void checkOutputsApart(SourceFile file, LogicalPlan plan) {
    Map<String, Sink> byPath = new LinkedHashMap<>();
    for (Sink sink : plan.sinks()) {
      String path = sink.path().replaceAll("/+$", "");
      Sink first = byPath.putIfAbsent(path, sink);
      if (first != null) {
        throw new Rejected(new Diagnostic(SHARED_OUTPUT, Severity.ERROR, file, sink.span(),
            "`" + sink.dataset() + "` and `" + first.dataset() + "` are both written to `" + sink.path() + "`",
            "also written by `write " + first.dataset() + "`",
            List.of("their part files would overwrite each other: give each `write` its own output path")));
      }
    }
  }

  /** One deterministic jar per stage, by stage id; from {@link Options#jars} when it has them. */
  public static SortedMap<String, byte[]> compileJars(Generated generated, Options options) {
    InMemoryJavac javac = null;
    SortedMap<String, byte[]> jars = new TreeMap<>();
    for (Map.Entry<String, JavaFile> e : generated.sources().entrySet()) {
      String source = e.getValue().toString();
      byte[] jar = options.jars().find(source).orElse(null);
      if (jar == null) {
        if (javac == null) {
          javac = new InMemoryJavac(options.userClassPath());
        }
        jar = ActionJar.of(javac.compile(List.of(e.getValue())));
        options.jars().keep(source, jar);
      }
      jars.put(e.getKey(), jar);
    }
    return jars;
  }

  /** Java package of a pipeline's classes: {@code marvel.gen.wordcount}. */
  static String packageName(String pipeline) {
    String p = pipeline.toLowerCase(Locale.ROOT);
    if (!SourceVersion.isIdentifier(p) || SourceVersion.isKeyword(p)) {
      p = "p_" + p.replaceAll("[^a-z0-9_]", "_");
    }
    return "marvel.gen." + p;
  }

  private static void writeBundle(Path out, Plan plan, SortedMap<String, byte[]> jars, String image) {
    try {
      Path actions = out.resolve("actions");
      if (Files.isDirectory(actions)) {
        try (Stream<Path> old = Files.list(actions)) {
          for (Path p : old.filter(f -> f.toString().endsWith(".jar")).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(actions);
      for (Map.Entry<String, byte[]> jar : jars.entrySet()) {
        Files.write(actions.resolve(jar.getKey() + ".jar"), jar.getValue());
      }
      Bundle.writePlan(out, plan);
      Files.writeString(out.resolve("manifest.yaml"), WhiskManifest.of(plan, image), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bundle to " + out + ": " + e.getMessage(), e);
    }
  }
}
