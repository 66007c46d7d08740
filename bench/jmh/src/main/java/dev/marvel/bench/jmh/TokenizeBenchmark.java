package dev.marvel.bench.jmh;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.task.AsciiWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code tokenize(lower(line))} over every line of a text block, as WordCount's map stage does
 * it: {@link AsciiWords} on the line's bytes against the naive plain-Java way, lower-casing a String
 * per line and {@code String.split}ting it on non-letters. One operation is the whole block.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TokenizeBenchmark {
  @Param("4194304")
  public int blockBytes;

  private byte[] text;
  private LineIndex lines;
  private long expectedWords;
  private long expectedLetters;
  private final AsciiWords words = new AsciiWords(true);
  private final ByteSlice line = new ByteSlice();

  @Setup(Level.Trial)
  public void generate() throws IOException {
    try (ScratchDirectory scratch = new ScratchDirectory("tokenize")) {
      text = TextBlock.generate(scratch.resolve("text"), blockBytes).bytes();
    }
    lines = LineIndex.of(text);
    // Counted a third way, by a regex search for letter runs, so both benchmarks are checked.
    Matcher letters = Pattern.compile("[A-Za-z]+").matcher(new String(text, StandardCharsets.UTF_8));
    while (letters.find()) {
      expectedWords++;
      expectedLetters += letters.end() - letters.start();
    }
  }

  @Benchmark
  public long asciiWords() {
    long count = 0;
    long letters = 0;
    for (int i = 0; i < lines.count(); i++) {
      line.set(text, lines.starts()[i], lines.lengths()[i]);
      words.reset(line);
      while (words.next()) {
        count++;
        letters += words.word().length();
      }
    }
    return check("asciiWords", count, letters);
  }

  @Benchmark
  public long stringSplitBaseline() {
    long count = 0;
    long letters = 0;
    for (int i = 0; i < lines.count(); i++) {
      String lower = new String(text, lines.starts()[i], lines.lengths()[i], StandardCharsets.UTF_8)
          .toLowerCase(Locale.ROOT);
      // String.split compiles the pattern on every call, as naive code does.
      for (String word : lower.split("[^a-z]+")) {
        if (!word.isEmpty()) {
          count++;
          letters += word.length();
        }
      }
    }
    return check("stringSplitBaseline", count, letters);
  }

  private long check(String benchmark, long count, long letters) {
    BenchmarkCheck.equal(benchmark, "words", expectedWords, count);
    BenchmarkCheck.equal(benchmark, "letters", expectedLetters, letters);
    return count;
  }
}
