package dev.marvel.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code java} command line on this JVM's class path, so every system runs as its own process. */
final class JavaCommand {
  private JavaCommand() {}

  static List<String> of(String heap, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        mainClass));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
