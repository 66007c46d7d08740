package dev.marvel.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A stage's action jar, byte for byte the same for the same classes: entries sorted by name, one
 * fixed timestamp (local time, so the time zone does not matter), a manifest without dates or
 * tool versions, no directory entries. Thin: only the generated classes; the runtime image
 * provides codegen-runtime and its dependencies.
 */
public final class ActionJar {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String MANIFEST = "Manifest-Version: 1.0\r\nCreated-By: marvelc\r\n\r\n";

  private ActionJar() {}

  /** The jar of {@code classes} (binary name → class file). */
  public static byte[] of(SortedMap<String, byte[]> classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "META-INF/MANIFEST.MF", MANIFEST.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        put(zip, c.getKey().replace('.', '/') + ".class", c.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }
}
