package dev.marvel.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@code run} command line resolved to the last time — the bundle's cache key, the inputs
 * measured for its plan and what the checker printed — so running it again skips checking,
 * binding and planning the program (about a third of a cached run's fixed cost, measured).
 *
 * <p>Entries are named by a hash of everything the bundle key follows from except the input
 * sizes: the source text and the name it was given by, the compiler version, the chosen pipeline,
 * the {@code -p} values as typed and the working directory they are relative to, the default
 * parallelism and the user class path. The sizes are measured again on every use; when one
 * differs the plan may too, and the run takes the full way through the front end. Entries live
 * in {@code runs/} of the bundle cache and are written whole (beside, then renamed).
 */
final class RunShortcuts {
  private final Path dir;

  RunShortcuts(Path dir) {
    this.dir = dir;
  }

  /**
   * The resolution of one command line.
   *
   * @param bundleKey the bundle's name in the cache
   * @param inputs the input path values whose sizes went into the plan
   * @param inputSizes their sizes then (an input that could not be listed is absent)
   * @param report what the checker printed (warnings), printed again on every use
   */
  record Entry(String bundleKey, List<String> inputs, SortedMap<String, Long> inputSizes,
      String report) {}

  /** The name of the entry for a command line; see the class comment for what it covers. */
  static String key(String source, String sourceName, String compilerVersion, String pipeline,
      Map<String, String> typedParameters, Path workingDir, int parallelism, String classpath)
      throws IOException {
    StringBuilder text = new StringBuilder("marvel-run\0");
    text.append(compilerVersion).append('\0').append(sourceName).append('\0')
        .append(pipeline == null ? "" : pipeline).append('\0')
        .append(workingDir.toAbsolutePath()).append('\0').append(parallelism).append('\0');
    new TreeMap<>(typedParameters).forEach((k, v) -> text.append(k).append('=').append(v)
        .append('\0'));
    text.append(BundleCache.fingerprint(classpath)).append('\0').append(source);
    return BundleCache.hash(text);
  }

  /** The entry named {@code key}; empty when there is none or it cannot be read. */
  Optional<Entry> find(String key) {
    Path file = dir.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
          .getAsJsonObject();
      List<String> inputs = new ArrayList<>();
      for (JsonElement e : o.getAsJsonArray("inputs")) {
        inputs.add(e.getAsString());
      }
      SortedMap<String, Long> sizes = new TreeMap<>();
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("inputSizes").entrySet()) {
        sizes.put(e.getKey(), e.getValue().getAsLong());
      }
      return Optional.of(new Entry(o.get("bundleKey").getAsString(), inputs, sizes,
          o.get("report").getAsString()));
    } catch (IOException | RuntimeException e) {
      // Gson reports malformed or missing members as assorted runtime exceptions. A damaged
      // entry is a miss: the full way writes a good one over it.
      return Optional.empty();
    }
  }

  /** Records {@code entry} under {@code key}, replacing an older one. */
  void remember(String key, Entry entry) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("bundleKey", entry.bundleKey());
    JsonArray inputs = new JsonArray();
    entry.inputs().forEach(inputs::add);
    o.add("inputs", inputs);
    JsonObject sizes = new JsonObject();
    entry.inputSizes().forEach(sizes::addProperty);
    o.add("inputSizes", sizes);
    o.addProperty("report", entry.report());
    Files.createDirectories(dir);
    Path staging = Files.createTempFile(dir, key, ".tmp");
    try {
      Files.writeString(staging, o.toString(), StandardCharsets.UTF_8);
      Files.move(staging, dir.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(staging);
    }
  }
}
