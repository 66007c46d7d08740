package dev.marvel.cli;

import com.google.gson.JsonObject;
import dev.marvel.bundle.Bundle;
import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.SourceSpan;
import dev.marvel.bundle.Stage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * A one-stage bundle with a real, hand-written action jar until the code generator's bundles can
 * be used here: each task upper-cases the lines of its input split into the sink. Also its input.
 */
final class UppercaseBundle {
  private static final String ACTION = """
      package test;
      import com.google.gson.JsonObject;
      import dev.marvel.bundle.*;
      import java.net.URI;
      import java.nio.file.*;
      import java.util.Locale;
      public class Uppercase {
        public static JsonObject main(JsonObject args) throws Exception {
          TaskPayload p = TaskJson.decodePayload(args);
          TaskInput.Split split = (TaskInput.Split) p.inputs().get(0);
          String text = Files.readString(local(split.path()));
          Path out = local(((TaskOutput.ToSink) p.outputs().get(0)).attemptDir());
          Files.createDirectories(out);
          byte[] upper = text.toUpperCase(Locale.ROOT).getBytes();
          Files.write(out.resolve("part-" + p.task()), upper);
          long lines = text.lines().count();
          return TaskJson.encode(TaskResult.ok(new TaskCounters(lines, lines, text.length(), upper.length, 0, 0)));
        }
        static Path local(String path) {
          return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
        }
      }
      """;

  final Path dir;
  final Path input;
  final Path output;

  UppercaseBundle(Path root) throws IOException {
    dir = root.resolve("bundle");
    input = Files.createDirectories(root.resolve("input"));
    output = root.resolve("output");
    Files.writeString(input.resolve("a.txt"), "to be\nor not\n");
    Files.writeString(input.resolve("b.txt"), "that is\nthe question\n");
    Files.createDirectories(dir.resolve("actions"));
    Files.write(dir.resolve("actions/s1.jar"), compile(root.resolve("javac")));
    Stage s1 = new Stage("s1", "upper-s1", "actions/s1.jar", "test.Uppercase", "read text | upper | write text",
        List.of(new InputChannel.Splits(List.of(input.toString()), "text", 1 << 20, new TreeMap<>())),
        List.of(new OutputChannel.ToSink("lines")), Parallelism.NONE, new Limits(30_000, 256),
        List.of(new SourceSpan("read", "upper.mvl", 2, 3)));
    Bundle.writePlan(dir, new Plan(Plan.FORMAT_VERSION, "upper",
        new TreeMap<>(Map.of("input", input.toString(), "output", output.toString())), List.of(s1),
        List.of(new Sink("lines", "text", output.toString(), new TreeMap<>()))));
  }

  /** Every line of every file under {@code dir}, sorted. */
  static List<String> lines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    lines.sort(null);
    return lines;
  }

  private static byte[] compile(Path work) throws IOException {
    Path src = Files.createDirectories(work.resolve("src/test")).resolve("Uppercase.java");
    Files.writeString(src, ACTION, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath = location(JsonObject.class) + File.pathSeparator + location(Plan.class);
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp", classPath,
        "--release", "17", src.toString()) != 0) {
      throw new IllegalStateException("the test action did not compile");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(file));
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
