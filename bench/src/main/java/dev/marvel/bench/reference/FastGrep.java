package dev.marvel.bench.reference;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import dev.marvel.stdlib.RequiredLiteral;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "near the limit" Grep: counts every match of a regex, per matched text, like Hadoop's Grep
 * example, single threaded. A literal every match must contain ({@link RequiredLiteral}) is searched
 * in the raw bytes of 4 MiB blocks; only the lines containing it are decoded and matched.
 *
 * <p>Usage: {@code FastGrep INPUT OUTPUT PATTERN}; writes {@code match<TAB>count} lines sorted by
 * match.
 */
public final class FastGrep {

  private static final int BLOCK = 4 << 20;

  private FastGrep() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: FastGrep INPUT OUTPUT PATTERN");
      System.exit(2);
    }
    Map<String, Long> counts = count(InputFiles.list(Path.of(args[0])), args[2]);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
        out.write((e.getKey() + "\t" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  public static Map<String, Long> count(List<Path> files, String regex) throws IOException {
    return count(files, regex, BLOCK);
  }

  static Map<String, Long> count(List<Path> files, String regex, int blockSize) throws IOException {
    Matcher matcher = Pattern.compile(regex).matcher("");
    Optional<byte[]> literal = RequiredLiteral.of(regex).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Map<String, Long> counts = new HashMap<>();
    byte[] buf = new byte[blockSize];
    for (Path file : files) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        int carried = 0;
        while (true) {
          if (carried == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int n = ch.read(ByteBuffer.wrap(buf, carried, buf.length - carried));
          if (n < 0) {
            if (carried > 0) {
              scan(buf, carried, literal, matcher, counts);
            }
            break;
          }
          int filled = carried + n;
          int lastNewline = lastIndexOf(buf, (byte) '\n', filled - 1, 0);
          if (lastNewline < 0) {
            carried = filled;
            continue;
          }
          scan(buf, lastNewline + 1, literal, matcher, counts);
          carried = filled - lastNewline - 1;
          System.arraycopy(buf, lastNewline + 1, buf, 0, carried);
        }
      }
    }
    return counts;
  }

  /** Matches the lines of {@code buf[0, end)} that contain the literal (all lines when there is none). */
  private static void scan(byte[] buf, int end, Optional<byte[]> literal, Matcher m, Map<String, Long> counts) {
    int pos = 0;
    while (pos < end) {
      int hit = literal.isPresent() ? indexOf(buf, literal.get(), pos, end) : pos;
      if (hit < 0) {
        return;
      }
      int lineStart = lastIndexOf(buf, (byte) '\n', hit - 1, pos) + 1;
      int lineEnd = indexOf(buf, (byte) '\n', hit, end);
      if (lineEnd < 0) {
        lineEnd = end;
      }
      int textEnd = lineEnd > lineStart && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      m.reset(new String(buf, lineStart, textEnd - lineStart, StandardCharsets.UTF_8));
      while (m.find()) {
        counts.merge(m.group(), 1L, Long::sum);
      }
      pos = lineEnd + 1;
    }
  }

  private static int indexOf(byte[] buf, byte b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] buf, byte b, int from, int floor) {
    for (int i = from; i >= floor; i--) {
      if (buf[i] == b) {
        return i;
      }
    }
    return floor - 1;
  }

  private static int indexOf(byte[] buf, byte[] lit, int from, int end) {
    byte first = lit[0];
    int last = end - lit.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (buf[i] != first) {
        continue;
      }
      for (int j = 1; j < lit.length; j++) {
        if (buf[i + j] != lit[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
