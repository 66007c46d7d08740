package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.compiler.StageJarCache;
import dev.marvel.samples.oracle.RowComparator;
import dev.marvel.samples.oracle.Rows;
import dev.marvel.samples.oracle.WordCountOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose bundle differs from an earlier one only outside the generated code (here: a new
 * output path, as a daily job writes) takes the stage jars compiled before instead of running
 * javac, and they are the bytes a fresh compilation gives.
 */
class StageJarReuseTest {
  private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, String.join(" ", args) + "\n" + err);
  }

  private static Map<String, FileTime> files(Path jars) throws IOException {
    try (Stream<Path> s = Files.list(jars)) {
      Map<String, FileTime> byName = new TreeMap<>();
      for (Path p : s.toList()) {
        byName.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
      }
      return byName;
    }
  }

  private static Map<String, byte[]> actionJars(Path bundle) throws IOException {
    try (Stream<Path> s = Files.list(bundle.resolve("actions"))) {
      return s.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
        try {
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }, (a, b) -> a, TreeMap::new));
    }
  }

  @Test
  void aRunToANewOutputPathReusesTheStageJarsAndTheyEqualAFreshCompilation() throws Exception {
    Path cache = dir.resolve("cache");
    String before = System.getProperty("marvel.cache");
    System.setProperty("marvel.cache", cache.toString());
    try {
      Path input = dir.resolve("in.txt");
      Files.writeString(input, "the cat\nthe hat and the cat\n");
      String wordcount = SAMPLES.resolve("wordcount/wordcount.mvl").toString();
      run("run", wordcount, "-p", "input=" + input, "-p", "output=" + dir.resolve("monday"));
      Map<String, FileTime> kept = files(cache.resolve("jars"));
      assertEquals(2, kept.size(), "one jar per stage: " + kept.keySet());

      Path tuesday = dir.resolve("tuesday");
      run("run", wordcount, "-p", "input=" + input, "-p", "output=" + tuesday);
      assertEquals(kept, files(cache.resolve("jars")), "nothing compiled, nothing rewritten");
      RowComparator.exact().assertSameRows(WordCountOracle.run(List.of(input)), Rows.readTsv(tuesday));

      Path fresh = dir.resolve("fresh");
      run("compile", wordcount, "-o", fresh.toString(), "-p", "input=" + input, "-p",
          "output=" + tuesday);
      List<Path> bundles;
      try (Stream<Path> s = Files.list(cache)) {
        bundles = s.filter(p -> Files.exists(p.resolve("plan.json"))).toList();
      }
      assertEquals(2, bundles.size(), "a bundle per output path: " + bundles);
      Map<String, byte[]> compiled = actionJars(fresh);
      for (Path bundle : bundles) {
        Map<String, byte[]> reused = actionJars(bundle);
        assertEquals(compiled.keySet(), reused.keySet());
        for (String jar : compiled.keySet()) {
          assertArrayEquals(compiled.get(jar), reused.get(jar), bundle + ": " + jar);
        }
      }

      run("run", SAMPLES.resolve("grep/grep.mvl").toString(), "-p", "input=" + input, "-p",
          "pattern=c[a-z]+", "-p", "output=" + dir.resolve("grep"));
      assertEquals(4, files(cache.resolve("jars")).size(), "another program, its own jars");
    } finally {
      if (before == null) {
        System.clearProperty("marvel.cache");
      } else {
        System.setProperty("marvel.cache", before);
      }
    }
  }

  @Test
  void jarsAreKeptPerContextAndSource() {
    BundleCache cache = new BundleCache(dir.resolve("cache"));
    StageJarCache one = cache.stageJars("runtime 1");
    one.keep("class A {}", new byte[] {1, 2});
    assertArrayEquals(new byte[] {1, 2}, one.find("class A {}").orElseThrow());
    assertTrue(one.find("class B {}").isEmpty(), "another source");
    assertTrue(cache.stageJars("runtime 2").find("class A {}").isEmpty(), "another runtime");
    one.keep("class A {}", new byte[] {3});
    assertArrayEquals(new byte[] {3}, one.find("class A {}").orElseThrow(), "replaced whole");
    String[] left = dir.resolve("cache/jars").toFile().list();
    assertEquals(1, left.length, "one file per (context, source), no staging files: " + List.of(left));
    assertTrue(left[0].endsWith(".jar"), left[0]);
  }
}
