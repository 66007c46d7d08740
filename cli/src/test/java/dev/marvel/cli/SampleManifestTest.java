package dev.marvel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/samples/wordcount/manifest.yaml, the wskdeploy manifest shipped as an example, is exactly
 * what {@code marvelc compile} writes for the WordCount sample ({@code -Dmarvel.updateGoldens=true}
 * rewrites it).
 */
class SampleManifestTest {
  private static final Path SHIPPED = Path.of("../deploy/samples/wordcount/manifest.yaml");

  @TempDir Path dir;

  @Test
  void shippedWordCountManifestIsWhatCompileWrites() throws IOException {
    StringWriter err = new StringWriter();
    int exit = Marvelc.run(new String[] {"compile", "../samples/wordcount/wordcount.mvl", "-o", dir.toString(),
        "-p", "input=/data/in", "-p", "output=/data/out"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    String generated = Files.readString(dir.resolve("manifest.yaml"));
    if (Boolean.getBoolean("marvel.updateGoldens")) {
      Files.writeString(SHIPPED, generated);
    }
    assertEquals(Files.readString(SHIPPED), generated);
  }
}
