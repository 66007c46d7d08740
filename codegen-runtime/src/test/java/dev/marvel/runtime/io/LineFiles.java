package dev.marvel.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Named;

/** Line patterns that stress split boundaries: every kind of line end, empty lines, long lines. */
final class LineFiles {
  private LineFiles() {}

  static List<Named<byte[]>> edgeCases() {
    List<Named<byte[]>> files = new ArrayList<>();
    add(files, "empty file", "");
    add(files, "one newline", "\n");
    add(files, "one CRLF", "\r\n");
    add(files, "one CR", "\r");
    add(files, "no trailing newline", "alpha\nbeta\ngamma");
    add(files, "trailing newline", "alpha\nbeta\ngamma\n");
    add(files, "CRLF lines", "alpha\r\nbeta\r\n\r\ngamma\r\n");
    add(files, "lone CRs", "a\rbb\r\rccc\r");
    add(files, "mixed ends", "a\r\n\rb\n\r\n\n\rc\r\r\n");
    add(files, "empty lines", "\n\n\nx\n\n\n");
    add(files, "long line among short", "s\n" + "L".repeat(300) + "\nt\r\n" + "M".repeat(150) + "\r\nu");
    add(files, "only a long line", "Z".repeat(257));
    add(files, "byte order mark", "\uFEFFfirst\nsecond\n");
    add(files, "utf-8 text", "grüße\r\n日本語\nok");
    return files;
  }

  /** Seeded random mixes of short words, all line ends and occasional long runs. */
  static List<Named<byte[]>> random(int count, int maxLength, long seed) {
    return random(count, maxLength, seed,
        new String[] {"a", "bc", "def", "\n", "\n", "\r", "\r\n", "\r\n", "x".repeat(40), "y".repeat(90)});
  }

  /**
   * Random mixes of line ends, long runs and pieces of the literals {@code "qu"}, {@code "uqu"}
   * and {@code "é"}, which then start, end and straddle every split and buffer boundary.
   */
  static List<Named<byte[]>> randomWithLiterals(int count, int maxLength, long seed) {
    return random(count, maxLength, seed, new String[] {"a", "q", "u", "qu", "uqu", "é", "\u00c3", "\n", "\r",
        "\r\n", "\r\n", "x".repeat(40), "qu".repeat(30)});
  }

  private static List<Named<byte[]>> random(int count, int maxLength, long seed, String[] pieces) {
    Random random = new Random(seed);
    List<Named<byte[]>> files = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(maxLength + 1);
      while (text.length() < length) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      add(files, "random #" + f + " (" + text.length() + " bytes)", text.toString());
    }
    return files;
  }

  private static void add(List<Named<byte[]>> files, String name, String text) {
    files.add(Named.of(name, text.getBytes(StandardCharsets.UTF_8)));
  }
}
