package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run shortcuts: named by everything a bundle key follows from but sizes; kept whole. */
class RunShortcutsTest {
  @TempDir Path dir;

  private static String key(String source, String name, String version, String pipeline,
      Map<String, String> params, String cwd, int parallelism) throws IOException {
    return RunShortcuts.key(source, name, version, pipeline, params, Path.of(cwd), parallelism,
        null);
  }

  @Test
  void theNameChangesWithEachPartOfTheCommandLineButNotParameterOrder() throws IOException {
    String key = key("src", "a.mvl", "v1", null, Map.of("in", "x", "out", "y"), "/w", 2);
    assertEquals(key, key("src", "a.mvl", "v1", null, new TreeMap<>(Map.of("out", "y", "in", "x")),
        "/w", 2));
    for (String other : List.of(
        key("src2", "a.mvl", "v1", null, Map.of("in", "x", "out", "y"), "/w", 2),
        key("src", "./a.mvl", "v1", null, Map.of("in", "x", "out", "y"), "/w", 2),
        key("src", "a.mvl", "v2", null, Map.of("in", "x", "out", "y"), "/w", 2),
        key("src", "a.mvl", "v1", "p", Map.of("in", "x", "out", "y"), "/w", 2),
        key("src", "a.mvl", "v1", null, Map.of("in", "x", "out", "z"), "/w", 2),
        key("src", "a.mvl", "v1", null, Map.of("in", "x", "out", "y"), "/elsewhere", 2),
        key("src", "a.mvl", "v1", null, Map.of("in", "x", "out", "y"), "/w", 4))) {
      assertNotEquals(key, other);
    }
  }

  @Test
  void anEntryComesBackAsWrittenAndADamagedOneIsAMiss() throws IOException {
    RunShortcuts shortcuts = new RunShortcuts(dir.resolve("runs"));
    assertEquals(Optional.empty(), shortcuts.find("k"));
    RunShortcuts.Entry entry = new RunShortcuts.Entry("b1", List.of("/in/a", "/in/missing"),
        new TreeMap<>(Map.of("/in/a", 12L)), "warning: unused\n");
    shortcuts.remember("k", entry);
    assertEquals(Optional.of(entry), shortcuts.find("k"));
    try (var files = Files.list(dir.resolve("runs"))) {
      assertEquals(List.of(dir.resolve("runs/k.json")), files.toList(), "no staging file left");
    }

    Files.writeString(dir.resolve("runs/k.json"), "{\"bundleKey\": 3");
    assertEquals(Optional.empty(), shortcuts.find("k"));
    Files.writeString(dir.resolve("runs/k.json"), "{\"bundleKey\": \"b1\"}");
    assertEquals(Optional.empty(), shortcuts.find("k"));
    shortcuts.remember("k", entry);
    assertTrue(shortcuts.find("k").isPresent(), "a good entry replaces a damaged one");
  }
}
