package dev.marvel.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.ParameterBinder;
import dev.marvel.compiler.CheckReport;
import dev.marvel.compiler.Compilation;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles test pipelines once per JVM (javac costs a second or two each), for all codegen tests. */
final class TestCompilations {
  /** A compiled pipeline: its generated sources and plan, and one jar per stage. */
  record Compiled(Compilation.Generated generated, SortedMap<String, byte[]> jars) {}

  private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

  private TestCompilations() {}

  static Compiled compile(String name, String source, Map<String, String> params) {
    return CACHE.computeIfAbsent(name + "\0" + source + "\0" + new java.util.TreeMap<>(params),
        k -> compileFresh(name, source, params));
  }

  static Compiled compileFresh(String name, String source, Map<String, String> params) {
    return compileFresh(name, source, params, List.of());
  }

  /** With {@code userClassPath} (UDF classes) on javac's class path. */
  static Compiled compileFresh(String name, String source, Map<String, String> params, List<Path> userClassPath) {
    Compilation.Generated g = generate(name, source, params);
    Compilation.Options defaults = Compilation.Options.defaults("marvel/runtime:test");
    Compilation.Options options = new Compilation.Options(defaults.plan(), defaults.udfLoader(), userClassPath,
        defaults.runtimeImage());
    return new Compiled(g, Compilation.compileJars(g, options));
  }

  static Compilation.Generated generate(String name, String source, Map<String, String> params) {
    SourceFile file = new SourceFile(name, source);
    FrontEnd.Result checked = FrontEnd.standard(TestCompilations.class.getClassLoader()).check(file);
    assertFalse(checked.hasErrors(), () -> CheckReport.text(checked));
    AnalyzedPipeline pipeline = checked.analyzed().pipelines().get(0);
    ParameterBinder.Result bound = ParameterBinder.bind(pipeline, params);
    return Compilation.generate(file, checked.analyzed(), pipeline, bound.parameters().orElseThrow(),
        Compilation.Options.defaults("marvel/runtime:test"));
  }

  /** A sample program's text, from the repository's samples directory. */
  static String sample(String name) {
    try {
      return Files.readString(samplesDir().resolve(name).resolve(name + ".mvl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path samplesDir() {
    Path here = Path.of("").toAbsolutePath();
    Path samples = here.resolve("samples");
    return Files.isDirectory(samples) ? samples : here.getParent().resolve("samples");
  }
}
