package dev.marvel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.marvel.compiler.StageJarCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compiled bundles kept by content hash, so running the same program with the same parameters
 * again skips compilation: {@code $MARVEL_CACHE/<hash>} or {@code ~/.cache/marvel/bundles/<hash>}.
 * The hash covers the source text, the pipeline, the bound parameters, the compiler version and
 * the user class path (names, sizes and modification times). A bundle appears under its hash
 * only complete (written beside it, then renamed), so a crashed compilation leaves no half
 * bundle to reuse.
 */
final class BundleCache {
  private final Path root;

  BundleCache(Path root) {
    this.root = root;
  }

  /**
   * The cache of this user: the system property {@code marvel.cache} (tests), else
   * {@code $MARVEL_CACHE}, else {@code ~/.cache/marvel/bundles}.
   */
  static BundleCache standard() {
    String chosen = System.getProperty("marvel.cache", System.getenv("MARVEL_CACHE"));
    return new BundleCache(chosen != null && !chosen.isBlank() ? Path.of(chosen)
        : Path.of(System.getProperty("user.home"), ".cache", "marvel", "bundles"));
  }

  /** Writes a bundle into an empty directory; returns false when it reported errors instead. */
  interface Compiler {
    boolean compileInto(Path dir) throws IOException;
  }

  /** The hash naming a bundle of {@code source} with {@code parameters}. */
  static String key(String source, String pipeline, Map<String, String> parameters,
      String compilerVersion, String classpath) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("marvel-bundle\0").append(compilerVersion).append('\0').append(pipeline)
        .append('\0');
    new TreeMap<>(parameters).forEach((k, v) -> text.append(k).append('=').append(v)
        .append('\0'));
    text.append(fingerprint(classpath)).append('\0').append(source);
    return hash(text);
  }

  /** 32 hex digits of the SHA-256 of {@code text}: a cache file or directory name. */
  static String hash(CharSequence text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * Stage jars kept by their generated source under {@code jars/}, beside the bundles, for
   * compilations in {@code context} — what else decides a jar's bytes: the compiler and runtime
   * builds, the JDK, the user class path. A jar appears only complete (written beside it, then
   * renamed); one that cannot be written is not kept, and the run goes on.
   */
  StageJarCache stageJars(String context) {
    Path jars = root.resolve("jars");
    return new StageJarCache() {
      @Override
      public Optional<byte[]> find(String source) {
        try {
          return Optional.of(Files.readAllBytes(jars.resolve(name(source))));
        } catch (IOException e) {
          return Optional.empty();
        }
      }

      @Override
      public void keep(String source, byte[] jar) {
        try {
          Files.createDirectories(jars);
          Path staging = Files.createTempFile(jars, "jar", ".tmp");
          try {
            Files.write(staging, jar);
            Files.move(staging, jars.resolve(name(source)), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          } finally {
            Files.deleteIfExists(staging);
          }
        } catch (IOException e) {
          // Only a cache: the bundle has its jar, and the next run compiles the stage again.
        }
      }

      private String name(String source) {
        return hash("marvel-stage-jar\0" + context + '\0' + source) + ".jar";
      }
    };
  }

  /** What earlier {@code run} command lines resolved to, kept beside the bundles. */
  RunShortcuts shortcuts() {
    return new RunShortcuts(root.resolve("runs"));
  }

  /** The cached bundle for {@code key}, if one is complete. */
  Optional<Path> find(String key) {
    Path dir = root.resolve(key);
    return Files.isRegularFile(dir.resolve("plan.json")) ? Optional.of(dir) : Optional.empty();
  }

  /**
   * The bundle for {@code key}: the cached one, or a fresh one from {@code compiler}; empty when
   * the compiler reported errors.
   */
  Optional<Path> bundle(String key, Compiler compiler) throws IOException {
    Optional<Path> cached = find(key);
    if (cached.isPresent()) {
      return cached;
    }
    Files.createDirectories(root);
    Path staging = Files.createTempDirectory(root, key + ".tmp-");
    try {
      if (!compiler.compileInto(staging)) {
        return Optional.empty();
      }
      Path target = root.resolve(key);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // Another run compiled the same bundle meanwhile: same inputs, same bytes; use theirs.
        if (find(key).isEmpty()) {
          throw e;
        }
      }
      return Optional.of(target);
    } finally {
      deleteRecursively(staging);
    }
  }

  /** Every file under the class path entries, by name, size and modification time. */
  static String fingerprint(String classpath) throws IOException {
    if (classpath == null || classpath.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        text.append(entry).append(":missing;");
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          text.append(f).append(':').append(Files.size(f)).append(':')
              .append(Files.getLastModifiedTime(f).toMillis()).append(';');
        }
      }
    }
    return text.toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
