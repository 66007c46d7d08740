package dev.marvel.runtime.testkit;

import com.google.gson.JsonObject;
import dev.marvel.bundle.Plan;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds real action jars for tests: compiles Java source with javax.tools against Gson, the
 * bundle model and the test classes (all on the runtime's class path, as in a container) and
 * packs only the action's own classes into the jar.
 */
public final class ActionJars {

  private ActionJars() {}

  /** Compiles the test resource {@code actions/<simpleName>.java} into {@code jar}. */
  public static Path fromResource(String simpleName, Path jar) {
    try (InputStream in = ActionJars.class.getResourceAsStream("/actions/" + simpleName + ".java")) {
      return compile(simpleName, new String(in.readAllBytes(), StandardCharsets.UTF_8), jar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code source}, a public class named {@code simpleName}, into {@code jar}; the
   * classes of {@code alsoOnClassPath} (as locations) join the compile class path.
   */
  public static Path compile(String simpleName, String source, Path jar,
      Class<?>... alsoOnClassPath) {
    try {
      Path work = Files.createTempDirectory(Files.createDirectories(jar.toAbsolutePath().getParent()),
          "javac-");
      Path src = work.resolve(simpleName + ".java");
      Files.writeString(src, source, StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(work.resolve("classes"));
      List<String> entries = new ArrayList<>(List.of(location(JsonObject.class),
          location(Plan.class), location(ActionJars.class)));
      for (Class<?> type : alsoOnClassPath) {
        entries.add(location(type));
      }
      String classPath = String.join(File.pathSeparator, entries);
      int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
          classes.toString(), "-cp", classPath, "--release", "17", src.toString());
      if (status != 0) {
        throw new IllegalStateException("javac failed on " + simpleName);
      }
      writeJar(classes, jar);
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeJar(Path classes, Path jar) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Path f : files) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        jarOut.write(Files.readAllBytes(f));
        jarOut.closeEntry();
      }
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
