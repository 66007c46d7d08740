package dev.marvel.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler inside marvelc's JVM, into memory. The class
 * path is where codegen-runtime, the bundle model, the stdlib and Gson are found by the running
 * JVM (their code sources), plus the user's {@code --classpath} for UDFs. Generated code that does
 * not compile is a bug of marvelc: {@link GeneratedCodeException} keeps the sources on disk.
 */
public final class InMemoryJavac {
  private static final List<String> ANCHORS = List.of(RuntimeTypes.ANCHOR, "dev.marvel.runtime.io.ByteSlice",
      "dev.marvel.bundle.TaskPayload", "dev.marvel.stdlib.Builtin", "com.google.gson.JsonObject");

  private final List<Path> classPath;

  /** @param userClassPath the user's jars and directories (UDFs), may be empty */
  public InMemoryJavac(List<Path> userClassPath) {
    Set<Path> cp = new LinkedHashSet<>();
    for (String anchor : ANCHORS) {
      cp.add(locationOf(anchor));
    }
    cp.addAll(userClassPath);
    this.classPath = List.copyOf(cp);
  }

  /** Thrown when generated code does not compile: a compiler bug. */
  public static final class GeneratedCodeException extends RuntimeException {
    private final Path sources;

    GeneratedCodeException(String message, Path sources) {
      super(message);
      this.sources = sources;
    }

    /** Where the generated sources were kept for the bug report. */
    public Path sources() {
      return sources;
    }
  }

  /** Compiles {@code files}; returns class file bytes by binary class name, sorted. */
  public SortedMap<String, byte[]> compile(List<JavaFile> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("marvelc needs a JDK (javax.tools found no Java compiler); run it with a JDK 17");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    SortedMap<String, byte[]> classes = new TreeMap<>();
    try (StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        JavaFileManager memory = new ClassCollector(std, classes)) {
      List<JavaFileObject> sources = new ArrayList<>();
      for (JavaFile f : files) {
        sources.add(f.toJavaFileObject());
      }
      List<String> options = List.of("--release", "17", "-proc:none", "-g", "-nowarn", "-implicit:none",
          "-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
      boolean ok = javac.getTask(null, memory, diagnostics, options, null, sources).call();
      if (!ok) {
        throw failure(files, diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }

  private static GeneratedCodeException failure(List<JavaFile> files, DiagnosticCollector<JavaFileObject> diagnostics) {
    try {
      Path dir = Files.createTempDirectory("marvelc-generated-");
      for (JavaFile f : files) {
        f.writeTo(dir);
      }
      StringBuilder text = new StringBuilder();
      diagnostics.getDiagnostics().forEach(d -> text.append("\n  ").append(d.toString().replace("\n", "\n  ")));
      return new GeneratedCodeException("the generated code does not compile (kept in " + dir + "):" + text, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path locationOf(String className) {
    try {
      ClassLoader loader = InMemoryJavac.class.getClassLoader();
      CodeSource source = Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
      URI uri = source.getLocation().toURI();
      return Path.of(uri);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(className + " is not on marvelc's class path: compiling a bundle needs"
          + " codegen-runtime (run marvelc through bin/marvelc)", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keeps every class file javac writes in {@code classes}. */
  private static final class ClassCollector extends ForwardingJavaFileManager<JavaFileManager> {
    private final SortedMap<String, byte[]> classes;

    ClassCollector(JavaFileManager delegate, SortedMap<String, byte[]> classes) {
      super(delegate);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }
}
