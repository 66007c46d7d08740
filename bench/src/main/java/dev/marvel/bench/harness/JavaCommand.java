package dev.marvel.bench.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code java} command line on this JVM's class path, so every system runs as its own process. */
final class JavaCommand {
  private JavaCommand() {}

  /** The --add-opens flags Ignite and Hadoop need on Java 17, as bench/run and surefire pass them from the parent pom. */
  private static final List<String> OPENS = List.of(
      System.getProperty("marvel.jvm.opens", "--add-opens=java.base/java.lang=ALL-UNNAMED").trim().split("\\s+"));

  /** {@code heap}: a -Xmx value. */
  static List<String> of(String heap, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(OPENS);
    // Where marvelc keeps compiled bundles, when the caller chose (tests keep theirs in a temp dir).
    String cache = System.getProperty("marvel.cache");
    if (cache != null) {
      cmd.add("-Dmarvel.cache=" + cache);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
