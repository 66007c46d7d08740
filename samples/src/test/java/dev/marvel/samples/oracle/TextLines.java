package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lines of text inputs as {@code read text(path)} defines them: a file is split at
 * {@code \n}, a {@code \r} before it is dropped, the text after the last {@code \n} is a line
 * when it is not empty. A directory stands for its visible files (not starting with {@code .}
 * or {@code _}, as Hadoop skips {@code _SUCCESS}), in name order.
 *
 * <p>A lone {@code \r} is not a line end (Hadoop's LineReader would end a line there; the
 * generators never write one). Files are read whole: this is for test-sized inputs.
 */
public final class TextLines {

  private TextLines() {}

  /** Every line of every input, file by file. */
  public static List<String> of(List<Path> inputs) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path file : files(inputs)) {
      String text = decode(file);
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        int next = end < 0 ? text.length() : end + 1;
        int stop = end < 0 ? text.length() : end;
        if (stop > start && text.charAt(stop - 1) == '\r' && end >= 0) {
          stop--;
        }
        lines.add(text.substring(start, stop));
        start = next;
      }
    }
    return lines;
  }

  /** The files the inputs stand for, directories expanded to their visible files. */
  public static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> entries = Files.list(input)) {
          entries.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().startsWith("_"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  private static String decode(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8", e);
    }
  }
}
