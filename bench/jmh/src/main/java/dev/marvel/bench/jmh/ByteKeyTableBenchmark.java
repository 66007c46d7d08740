package dev.marvel.bench.jmh;

import dev.marvel.runtime.task.ByteKeyTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * WordCount's map-side pre-aggregation: counting every word of a text block (Zipf over a 100 k
 * vocabulary, already tokenized and lower-cased) in a fresh {@link ByteKeyTable} with the count in
 * a per-slot array, as generated code does, against a {@code HashMap<String, Long>} merge. One
 * operation counts the whole block, table growth included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ByteKeyTableBenchmark {
  @Param("4194304")
  public int blockBytes;

  private WordList words;
  private int expectedDistinct;
  private long expectedFirstWordCount;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    try (ScratchDirectory scratch = new ScratchDirectory("keytable")) {
      words = WordList.of(TextBlock.generate(scratch.resolve("text"), blockBytes).bytes());
    }
    Set<String> distinct = new HashSet<>();
    String first = words.word(0);
    for (int i = 0; i < words.count(); i++) {
      String w = words.word(i);
      distinct.add(w);
      expectedFirstWordCount += w.equals(first) ? 1 : 0;
    }
    expectedDistinct = distinct.size();
  }

  @Benchmark
  public int byteKeyTable() {
    ByteKeyTable table = new ByteKeyTable();
    long[] counts = new long[table.capacity()];
    byte[] letters = words.letters();
    int start = 0;
    for (int end : words.ends()) {
      int slot = table.slot(letters, start, end - start);
      if (counts.length < table.capacity()) {
        counts = Arrays.copyOf(counts, table.capacity());
      }
      counts[slot]++;
      start = end;
    }
    BenchmarkCheck.equal("byteKeyTable", "distinct words", expectedDistinct, table.size());
    BenchmarkCheck.equal("byteKeyTable", "count of the first word", expectedFirstWordCount, counts[0]);
    return table.size();
  }

  @Benchmark
  public int hashMapBaseline() {
    Map<String, Long> counts = new HashMap<>();
    byte[] letters = words.letters();
    int start = 0;
    for (int end : words.ends()) {
      counts.merge(new String(letters, start, end - start, StandardCharsets.ISO_8859_1), 1L, Long::sum);
      start = end;
    }
    BenchmarkCheck.equal("hashMapBaseline", "distinct words", expectedDistinct, counts.size());
    BenchmarkCheck.equal("hashMapBaseline", "count of the first word", expectedFirstWordCount,
        counts.get(words.word(0)));
    return counts.size();
  }
}
