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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle cache: keys change with every input that changes the bundle; a bundle is reused. */
class BundleCacheTest {
  @TempDir Path dir;

  @Test
  void theKeyDependsOnSourcePipelineParametersAndCompilerButNotParameterOrder() throws IOException {
    String key = BundleCache.key("src", "p", Map.of("a", "1", "b", "2"), "v1", null);
    assertEquals(key, BundleCache.key("src", "p", Map.of("b", "2", "a", "1"), "v1", null));
    for (String other : List.of(BundleCache.key("src2", "p", Map.of("a", "1", "b", "2"), "v1", null),
        BundleCache.key("src", "q", Map.of("a", "1", "b", "2"), "v1", null),
        BundleCache.key("src", "p", Map.of("a", "1", "b", "3"), "v1", null),
        BundleCache.key("src", "p", Map.of("a", "1", "b", "2"), "v2", null))) {
      assertNotEquals(key, other);
    }
  }

  @Test
  void aChangedClassOnTheUserClassPathChangesTheKey() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(classes.resolve("A.class"), "one");
    String before = BundleCache.key("src", "p", Map.of(), "v1", classes.toString());
    Files.writeString(classes.resolve("A.class"), "one more");
    assertNotEquals(before, BundleCache.key("src", "p", Map.of(), "v1", classes.toString()));
  }

  @Test
  void compilesOnceAndReusesTheBundle() throws IOException {
    BundleCache cache = new BundleCache(dir.resolve("cache"));
    AtomicInteger compilations = new AtomicInteger();
    BundleCache.Compiler compiler = into -> {
      compilations.incrementAndGet();
      Files.writeString(into.resolve("plan.json"), "{}");
      return true;
    };
    Optional<Path> first = cache.bundle("k1", compiler);
    Optional<Path> second = cache.bundle("k1", compiler);
    assertEquals(first, second);
    assertEquals(1, compilations.get());
    assertEquals(dir.resolve("cache/k1"), first.orElseThrow());
    try (var entries = Files.list(dir.resolve("cache"))) {
      assertEquals(List.of(dir.resolve("cache/k1")), entries.toList(), "no staging left");
    }
  }

  @Test
  void aFailedCompilationLeavesNothingToReuse() throws IOException {
    BundleCache cache = new BundleCache(dir.resolve("cache"));
    assertTrue(cache.bundle("k1", into -> false).isEmpty());
    assertTrue(cache.find("k1").isEmpty());
    try (var entries = Files.list(dir.resolve("cache"))) {
      assertEquals(0, entries.count());
    }
  }
}
