package dev.marvel.runtime.spill;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An external sort of (key, value) records by unsigned key bytes within a memory budget, so a
 * reduce task never needs its whole partition in memory.
 *
 * <p>Records go into a {@link SortBuffer} of at most {@code memoryBudgetBytes}; a full buffer is
 * sorted and written to the {@link SpillArea} as a run. {@link #sorted()} merges the runs: if
 * there are more than fit in the budget with a reasonable read buffer each (at most 64, each
 * buffer at least 8 KiB), consecutive groups are first merged into longer runs, pass by pass.
 * Without any spill, the records are sorted and served from memory. The sort is stable. Closing
 * the sorter deletes every spill. Not thread-safe.
 */
public final class SpillingSorter implements AutoCloseable {
  private static final int MIN_READ_BUFFER = 8 * 1024;
  private static final int MAX_FAN_IN = 64;

  private final SpillArea area;
  private final long budget;
  private final SortBuffer buffer;
  private final List<Spill> runs = new ArrayList<>();
  private final List<Spill> toDelete = new ArrayList<>();
  private RecordRun open;
  private boolean sorting;
  private long records;
  private int spillCount;
  private long spilledBytes;
  private int mergePasses;

  public SpillingSorter(SpillArea area, long memoryBudgetBytes) {
    if (memoryBudgetBytes < 2L * MIN_READ_BUFFER) {
      throw new IllegalArgumentException("a sort needs a memory budget of at least "
          + 2 * MIN_READ_BUFFER + " bytes, got " + memoryBudgetBytes);
    }
    this.area = area;
    this.budget = memoryBudgetBytes;
    this.buffer = new SortBuffer(memoryBudgetBytes);
  }

  public void add(byte[] key, byte[] value) {
    add(key, 0, key.length, value, 0, value.length);
  }

  public void add(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset,
      int valueLength) {
    if (sorting) {
      throw new IllegalStateException("records cannot be added after sorted() was called");
    }
    if (!buffer.tryAdd(key, keyOffset, keyLength, value, valueOffset, valueLength)) {
      spillBuffer();
      buffer.tryAdd(key, keyOffset, keyLength, value, valueOffset, valueLength);
    }
    records++;
  }

  /** Ends adding and returns all records in key order; call once. */
  public SortedRecords sorted() {
    if (sorting) {
      throw new IllegalStateException("sorted() can be called only once");
    }
    sorting = true;
    if (runs.isEmpty()) {
      buffer.sort();
      return cursor(buffer.sortedRun());
    }
    if (buffer.count() > 0) {
      spillBuffer();
    }
    buffer.release();
    int fanIn = (int) Math.max(2, Math.min(MAX_FAN_IN, budget / MIN_READ_BUFFER));
    int readBuffer = (int) Math.min(Integer.MAX_VALUE, budget / fanIn);
    try {
      List<Spill> level = new ArrayList<>(runs);
      while (level.size() > fanIn) {
        level = mergePass(level, fanIn, readBuffer);
        mergePasses++;
      }
      return cursor(openMerged(level, readBuffer));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge sort spills: " + e.getMessage(), e);
    }
  }

  /** Records added so far. */
  public long records() {
    return records;
  }

  /** Sorted runs written because the buffer was full. */
  public int spillCount() {
    return spillCount;
  }

  /** Bytes written to the spill area, merge passes included. */
  public long spilledBytes() {
    return spilledBytes;
  }

  /** Intermediate merge passes run before the final merge. */
  public int mergePasses() {
    return mergePasses;
  }

  /** Closes the cursor if open and deletes every spill. */
  @Override
  public void close() {
    IOException failure = null;
    try {
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      failure = e;
    }
    for (Spill spill : toDelete) {
      try {
        spill.delete();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    toDelete.clear();
    buffer.release();
    if (failure != null) {
      throw new UncheckedIOException("cannot delete sort spills: " + failure.getMessage(), failure);
    }
  }

  private void spillBuffer() {
    buffer.sort();
    try {
      Spill spill = newSpill();
      try (OutputStream out = new BufferedOutputStream(new CountingOutput(spill.write()),
          MIN_READ_BUFFER)) {
        buffer.writeSorted(out);
      }
      runs.add(spill);
      spillCount++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill sort buffer: " + e.getMessage(), e);
    }
    buffer.release();
  }

  private List<Spill> mergePass(List<Spill> level, int fanIn, int readBuffer) throws IOException {
    List<Spill> next = new ArrayList<>();
    for (int from = 0; from < level.size(); from += fanIn) {
      List<Spill> group = level.subList(from, Math.min(level.size(), from + fanIn));
      Spill merged = newSpill();
      try (RecordRun run = openMerged(group, readBuffer);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
              new CountingOutput(merged.write()), readBuffer))) {
        while (run.advance()) {
          out.writeInt(run.key().length);
          out.writeInt(run.value().length);
          out.write(run.key());
          out.write(run.value());
        }
      }
      for (Spill spill : group) {
        spill.delete();
      }
      next.add(merged);
    }
    return next;
  }

  private RecordRun openMerged(List<Spill> spills, int readBuffer) throws IOException {
    List<RecordRun> opened = new ArrayList<>();
    for (Spill spill : spills) {
      opened.add(new SpilledRun(spill, readBuffer));
    }
    return opened.size() == 1 ? opened.get(0) : new MergedRun(opened);
  }

  private Spill newSpill() throws IOException {
    Spill spill = area.create();
    toDelete.add(spill);
    return spill;
  }

  private SortedRecords cursor(RecordRun run) {
    open = run;
    return new SortedRecords() {
      @Override
      public boolean next() {
        try {
          return run.advance();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read sort spill: " + e.getMessage(), e);
        }
      }

      @Override
      public byte[] key() {
        return run.key();
      }

      @Override
      public byte[] value() {
        return run.value();
      }

      @Override
      public void close() {
        try {
          run.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot close sort spill: " + e.getMessage(), e);
        }
      }
    };
  }

  /** Counts bytes on their way to a spill, for {@link #spilledBytes()}. */
  private final class CountingOutput extends OutputStream {
    private final OutputStream out;

    CountingOutput(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      spilledBytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      spilledBytes += len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
