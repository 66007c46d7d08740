package dev.marvel.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Diagnostics;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private Diagnostic only() {
    assertEquals(1, diagnostics.all().size(), diagnostics.all().toString());
    return diagnostics.all().get(0);
  }

  @Test
  void readsUtf8AndDropsAByteOrderMark() throws IOException {
    Path file = dir.resolve("ok.mvl");
    Files.write(file, ("\uFEFFpipeline p() { } // caf\u00e9 \uD83D\uDE00").getBytes(StandardCharsets.UTF_8));
    Optional<SourceFile> loaded = SourceLoader.load(file, "ok.mvl", diagnostics);
    assertEquals("pipeline p() { } // caf\u00e9 \uD83D\uDE00", loaded.orElseThrow().text());
    assertEquals("ok.mvl", loaded.orElseThrow().name());
    assertTrue(diagnostics.all().isEmpty());
  }

  @Test
  void pointsAtTheFirstByteThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("bad.mvl");
    byte[] head = "pipeline p() {\n  x = \"ab".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = 'c';
    bytes[head.length + 2] = '"';
    bytes[head.length + 3] = '\n';
    Files.write(file, bytes);
    assertTrue(SourceLoader.load(file, "bad.mvl", diagnostics).isEmpty());
    Diagnostic d = only();
    assertEquals(SourceMessages.INVALID_UTF8, d.code());
    assertEquals(2, d.line());
    assertEquals(10, d.column());
    assertEquals("""
        error[E0904]: `bad.mvl` is not valid UTF-8
          --> bad.mvl:2:10
           |
         2 |   x = "ab\uFFFDc"
           |          ^ invalid byte 0xFF
           |
           = help: save the file as UTF-8 (Marvel programs are always UTF-8)
        """, new DiagnosticRenderer().render(d));
  }

  @Test
  void aTruncatedMultiByteCharacterIsReported() throws IOException {
    Path file = dir.resolve("cut.mvl");
    Files.write(file, new byte[] {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82});
    assertTrue(SourceLoader.load(file, diagnostics).isEmpty());
    Diagnostic d = only();
    assertEquals(SourceMessages.INVALID_UTF8, d.code());
    assertEquals(2, d.line());
    assertEquals(2, d.column());
  }

  @Test
  void aDirectoryIsNotAProgram() {
    assertTrue(SourceLoader.load(dir, "samples", diagnostics).isEmpty());
    assertEquals(SourceMessages.IS_DIRECTORY, only().code());
    assertEquals("`samples` is a directory, not a .mvl file", only().message());
  }

  @Test
  void aMissingFileIsReported() {
    assertTrue(SourceLoader.load(dir.resolve("nope.mvl"), "nope.mvl", diagnostics).isEmpty());
    assertEquals(SourceMessages.NOT_FOUND, only().code());
    assertEquals("file `nope.mvl` not found", only().message());
  }

  @Test
  void anEmptyFileIsAnError() throws IOException {
    Path file = dir.resolve("empty.mvl");
    Files.write(file, new byte[0]);
    assertTrue(SourceLoader.load(file, "empty.mvl", diagnostics).isEmpty());
    assertEquals(SourceMessages.EMPTY, only().code());
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void aFileOverTheSizeCapIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.mvl");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(SourceLoader.MAX_BYTES + 1);
    }
    assertTrue(SourceLoader.load(file, "huge.mvl", diagnostics).isEmpty());
    assertEquals(SourceMessages.TOO_LARGE, only().code());
  }

  @Test
  void anUnreadableFileIsReported() throws IOException {
    Path file = dir.resolve("locked.mvl");
    Files.writeString(file, "pipeline p() {}");
    boolean locked = file.toFile().setReadable(false) && !Files.isReadable(file);
    org.junit.jupiter.api.Assumptions.assumeTrue(locked, "running as a user who can read any file (root)");
    assertTrue(SourceLoader.load(file, "locked.mvl", diagnostics).isEmpty());
    assertEquals(SourceMessages.UNREADABLE, only().code());
  }
}
