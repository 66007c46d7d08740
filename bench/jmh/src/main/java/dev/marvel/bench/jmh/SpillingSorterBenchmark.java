package dev.marvel.bench.jmh;

import dev.marvel.runtime.spill.DirectorySpillArea;
import dev.marvel.runtime.spill.SortedRecords;
import dev.marvel.runtime.spill.SpillingSorter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A reduce task's sort: every word of a text block as a key with its 4-byte position as the
 * value, through {@link SpillingSorter} (in memory with a budget that holds them all, or spilling
 * runs to a {@link DirectorySpillArea} under {@code java.io.tmpdir} and merging them), against
 * copying each key into its own array and a stable {@link Arrays#sort} by unsigned bytes. Reading
 * the sorted records back is part of the operation, and checks order and stability.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SpillingSorterBenchmark {
  /** 1 MiB, not 4: a sort of 4 MiB of words takes about a second here, too long for 2 s iterations. */
  @Param("1048576")
  public int blockBytes;

  private ScratchDirectory scratch;
  private DirectorySpillArea spillArea;
  private WordList words;

  /** The sorter's memory budget: only the sorter's benchmark varies it. */
  @State(Scope.Thread)
  public static class Budget {
    /** 64 MiB holds the block's records in memory; 256 KiB spills them in about a dozen runs. */
    @Param({"67108864", "262144"})
    public long memoryBudgetBytes;
  }

  /** One record of the baseline: a key copied into its own array and its position. */
  private record Entry(byte[] key, int position) {}

  @Setup(Level.Trial)
  public void generate() throws IOException {
    scratch = new ScratchDirectory("sort");
    words = WordList.of(TextBlock.generate(scratch.resolve("text"), blockBytes).bytes());
    spillArea = new DirectorySpillArea(scratch.resolve("spills"));
  }

  @TearDown(Level.Trial)
  public void delete() {
    scratch.close();
  }

  @Benchmark
  public long spillingSorter(Budget budget) {
    byte[] letters = words.letters();
    byte[] position = new byte[4];
    long read = 0;
    try (SpillingSorter sorter = new SpillingSorter(spillArea, budget.memoryBudgetBytes)) {
      for (int i = 0; i < words.count(); i++) {
        position[0] = (byte) (i >>> 24);
        position[1] = (byte) (i >>> 16);
        position[2] = (byte) (i >>> 8);
        position[3] = (byte) i;
        sorter.add(letters, words.start(i), words.length(i), position, 0, 4);
      }
      try (SortedRecords sorted = sorter.sorted()) {
        byte[] previousKey = null;
        int previousPosition = -1;
        while (sorted.next()) {
          byte[] v = sorted.value();
          int at = (v[0] & 0xFF) << 24 | (v[1] & 0xFF) << 16 | (v[2] & 0xFF) << 8 | (v[3] & 0xFF);
          checkOrder("spillingSorter", previousKey, previousPosition, sorted.key(), at);
          previousKey = sorted.key();
          previousPosition = at;
          read++;
        }
      }
    }
    BenchmarkCheck.equal("spillingSorter", "records", words.count(), read);
    return read;
  }

  @Benchmark
  public long arraysSortBaseline() {
    byte[] letters = words.letters();
    Entry[] entries = new Entry[words.count()];
    for (int i = 0; i < entries.length; i++) {
      int start = words.start(i);
      entries[i] = new Entry(Arrays.copyOfRange(letters, start, start + words.length(i)), i);
    }
    Arrays.sort(entries, Comparator.comparing(Entry::key, Arrays::compareUnsigned));
    byte[] previousKey = null;
    int previousPosition = -1;
    for (Entry e : entries) {
      checkOrder("arraysSortBaseline", previousKey, previousPosition, e.key(), e.position());
      previousKey = e.key();
      previousPosition = e.position();
    }
    return entries.length;
  }

  /** Keys ascend; equal keys keep the order they were added in (both sorts are stable). */
  private static void checkOrder(String benchmark, byte[] previousKey, int previousPosition,
      byte[] key, int position) {
    if (previousKey == null) {
      return;
    }
    int order = Arrays.compareUnsigned(previousKey, key);
    if (order > 0 || (order == 0 && previousPosition >= position)) {
      throw new IllegalStateException(benchmark + ": record of position " + position
          + " comes after position " + previousPosition + " out of order");
    }
  }
}
