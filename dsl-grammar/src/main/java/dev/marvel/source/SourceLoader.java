package dev.marvel.source;

import dev.marvel.diag.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a {@code .mvl} file into a {@link SourceFile}, or says why it cannot (codes E0901–E0906):
 * missing, a directory, unreadable, larger than {@link #MAX_BYTES}, empty (an error: there is
 * nothing to compile), or not UTF-8 (decoded strictly; the first bad byte is pointed at). A
 * leading byte order mark is dropped.
 */
public final class SourceLoader {
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private SourceLoader() {}

  /** Loads {@code path}; diagnostics name the file as {@code path.toString()}. */
  public static Optional<SourceFile> load(Path path, Diagnostics diagnostics) {
    return load(path, path.toString(), diagnostics);
  }

  /** Loads {@code path}; diagnostics and spans name the file {@code displayName}. */
  public static Optional<SourceFile> load(Path path, String displayName, Diagnostics diagnostics) {
    SourceFile nameOnly = new SourceFile(displayName, "");
    Span nowhere = new Span(0, 0);
    if (Files.isDirectory(path)) {
      diagnostics.error(SourceMessages.IS_DIRECTORY, nameOnly, nowhere, SourceMessages.isDirectory(displayName), "",
          SourceMessages.isDirectoryHelp());
      return Optional.empty();
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        diagnostics.error(SourceMessages.TOO_LARGE, nameOnly, nowhere, SourceMessages.tooLarge(displayName, size, MAX_BYTES), "");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      diagnostics.error(SourceMessages.NOT_FOUND, nameOnly, nowhere, SourceMessages.notFound(displayName), "",
          SourceMessages.notFoundHelp(path));
      return Optional.empty();
    } catch (AccessDeniedException e) {
      diagnostics.error(SourceMessages.UNREADABLE, nameOnly, nowhere, SourceMessages.unreadable(displayName, "permission denied"), "");
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      diagnostics.error(SourceMessages.UNREADABLE, nameOnly, nowhere, SourceMessages.unreadable(displayName, String.valueOf(e.getMessage())), "");
      return Optional.empty();
    }
    if (bytes.length == 0) {
      diagnostics.error(SourceMessages.EMPTY, nameOnly, nowhere, SourceMessages.empty(displayName), "",
          SourceMessages.emptyHelp());
      return Optional.empty();
    }
    return decode(bytes, displayName, diagnostics);
  }

  private static Optional<SourceFile> decode(byte[] bytes, String displayName, Diagnostics diagnostics) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) {
      result = strict.flush(out);
    }
    if (result.isError()) {
      reportBadByte(bytes, skip, in.position(), result, out.position(), displayName, diagnostics);
      return Optional.empty();
    }
    out.flip();
    return Optional.of(new SourceFile(displayName, out.toString()));
  }

  /** Points at the first byte that is not UTF-8, showing the line with the bad bytes replaced by U+FFFD. */
  private static void reportBadByte(byte[] bytes, int skip, int badAt, CoderResult result, int goodChars,
      String displayName, Diagnostics diagnostics) {
    String lenient;
    try {
      lenient = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      lenient = "";
    }
    SourceFile file = new SourceFile(displayName, lenient);
    StringBuilder shown = new StringBuilder();
    for (int i = badAt; i < Math.min(bytes.length, badAt + Math.max(1, result.length())); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
    }
    diagnostics.error(SourceMessages.INVALID_UTF8, file, new Span(Math.min(goodChars, lenient.length()), 1),
        SourceMessages.invalidUtf8(displayName), SourceMessages.invalidUtf8Label(shown.toString()),
        SourceMessages.invalidUtf8Help());
  }
}
