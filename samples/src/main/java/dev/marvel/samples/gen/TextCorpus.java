package dev.marvel.samples.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A deterministic English-like text corpus for WordCount and Grep: words drawn from a Zipf
 * vocabulary (exponent 1) with the untidiness of real text — capitalised and upper-case words,
 * punctuation, numbers and ordinals, apostrophes and hyphens, a few accented and non-Latin words
 * (valid UTF-8), tabs, blank lines, {@code \r\n} line ends, and a last line that sometimes lacks
 * its newline. Each part file has exactly its share of the requested bytes.
 *
 * <p>The same size, seed and number of files give byte-identical files.
 */
public final class TextCorpus {

  /** Distinct words of the vocabulary; rank r is drawn with probability ∝ 1/(r+1). */
  public static final int VOCABULARY_SIZE = 100_000;

  private static final long STREAM = 0x74657874L;
  private static final byte[][] PUNCTUATION = ascii(",", ".", ";", ":", "!", "?", " -");
  private static final byte[][] FOREIGN = utf8(
      "café", "naïve", "Straße", "señor", "über", "émigré", "Ångström", "日本語", "привет", "façade");
  private static final byte[][] ORDINALS = ascii("st", "nd", "rd", "th");
  private static final int MAX_LINE_BYTES = 4096;

  private TextCorpus() {}

  /**
   * Writes {@code bytes} bytes of text as {@code files} part files {@code part-NNNNN.txt} in
   * {@code dir}, which must be missing or empty.
   */
  public static Generated write(Path dir, long bytes, long seed, int files) throws IOException {
    if (bytes < 0) {
      throw new IllegalArgumentException("the size must not be negative, got " + bytes);
    }
    PartFiles.checkParts(files);
    PartFiles.prepare(dir);
    Vocabulary vocabulary = new Vocabulary(VOCABULARY_SIZE, seed);
    ZipfSampler zipf = new ZipfSampler(VOCABULARY_SIZE, 1.0);
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      paths.add(PartFiles.part(dir, i, "txt"));
    }
    long[] lines = PartFiles.writeAll(files, part -> {
      long size = PartFiles.firstOf(bytes, files, part + 1) - PartFiles.firstOf(bytes, files, part);
      return new Writer(vocabulary, zipf, seed, part).write(paths.get(part), size);
    });
    return new Generated(paths, LongStream.of(lines).sum(), bytes);
  }

  /** The vocabulary word of rank {@code rank} (0 = most frequent) for {@code seed}. */
  public static String word(long seed, int rank) {
    return new Vocabulary(VOCABULARY_SIZE, seed).word(rank);
  }

  /** Writes one part file; holds the per-file random stream and line buffer. */
  private static final class Writer {
    private final Vocabulary vocabulary;
    private final ZipfSampler zipf;
    private final SplitMix64 random = new SplitMix64(0);
    private final byte[] line = new byte[MAX_LINE_BYTES];
    private int length;

    Writer(Vocabulary vocabulary, ZipfSampler zipf, long seed, int part) {
      this.vocabulary = vocabulary;
      this.zipf = zipf;
      random.reseed(seed, STREAM, part);
    }

    /** Writes exactly {@code size} bytes; returns the number of lines (a last partial one counts). */
    long write(Path path, long size) throws IOException {
      long lines = 0;
      try (ByteOutput out = new ByteOutput(path)) {
        while (true) {
          nextLine();
          if (out.size() + length > size) {
            break;
          }
          out.put(line, 0, length);
          lines++;
        }
        int rest = (int) (size - out.size());
        if (rest > 0) {
          lastLine(rest);
          out.put(line, 0, rest);
          lines++;
        }
      }
      return lines;
    }

    private void nextLine() {
      length = 0;
      if (random.nextInt(100) >= 3) {
        int words = 1 + random.nextInt(16);
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            separator();
          }
          token();
        }
        if (random.nextInt(3) == 0) {
          append(PUNCTUATION[random.nextInt(2)]);
        }
      }
      if (random.nextInt(100) < 5) {
        append((byte) '\r');
      }
      append((byte) '\n');
    }

    /**
     * A last line of exactly {@code rest} bytes, ASCII words only so that cutting it short can
     * never split a UTF-8 sequence; half the time it ends without a newline.
     */
    private void lastLine(int rest) {
      boolean newline = random.nextInt(2) == 0;
      int content = newline ? rest - 1 : rest;
      length = 0;
      while (length < content) {
        if (length > 0) {
          append((byte) ' ');
        }
        length += vocabulary.copy(zipf.next(random), line, length, content - length);
      }
      if (newline) {
        append((byte) '\n');
      }
    }

    private void separator() {
      int kind = random.nextInt(1000);
      if (kind < 80) {
        append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
        append((byte) ' ');
      } else if (kind < 85) {
        append((byte) '\t');
      } else if (kind < 95) {
        append((byte) ' ');
        append((byte) ' ');
      } else {
        append((byte) ' ');
      }
    }

    private void token() {
      int kind = random.nextInt(1000);
      if (kind < 960) {
        word(zipf.next(random));
      } else if (kind < 980) {
        appendNumber(random.nextInt(kind < 970 ? 100 : 10_000));
        if (random.nextInt(4) == 0) {
          append(ORDINALS[random.nextInt(ORDINALS.length)]);
        }
      } else if (kind < 990) {
        word(zipf.next(random));
        append(random.nextInt(2) == 0 ? (byte) '\'' : (byte) '-');
        word(zipf.next(random));
      } else if (kind < 995) {
        append((byte) '"');
        word(zipf.next(random));
        append((byte) '"');
      } else {
        append(FOREIGN[random.nextInt(FOREIGN.length)]);
      }
    }

    /** A vocabulary word, sometimes Capitalised or in UPPER case. */
    private void word(int rank) {
      int shape = random.nextInt(100);
      int start = length;
      length += vocabulary.copy(rank, line, length, line.length - length);
      if (shape < 10) {
        int end = shape < 2 ? length : start + 1;
        for (int i = start; i < end; i++) {
          line[i] = (byte) (line[i] - ('a' - 'A'));
        }
      }
    }

    private void appendNumber(int value) {
      String digits = Integer.toString(value);
      for (int i = 0; i < digits.length(); i++) {
        append((byte) digits.charAt(i));
      }
    }

    private void append(byte b) {
      line[length++] = b;
    }

    private void append(byte[] bytes) {
      System.arraycopy(bytes, 0, line, length, bytes.length);
      length += bytes.length;
    }
  }

  private static byte[][] ascii(String... texts) {
    byte[][] bytes = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      bytes[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }

  private static byte[][] utf8(String... texts) {
    byte[][] bytes = new byte[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }
}
