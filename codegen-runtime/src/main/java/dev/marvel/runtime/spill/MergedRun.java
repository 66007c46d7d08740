package dev.marvel.runtime.spill;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The k-way merge of sorted runs. Ties go to the run that comes first in the list, so merging
 * runs listed in the order their records were added keeps equal keys in that order.
 */
final class MergedRun implements RecordRun {
  private final List<RecordRun> runs;
  private final PriorityQueue<Integer> heads;
  private boolean started;
  private int current = -1;

  MergedRun(List<RecordRun> runs) {
    this.runs = List.copyOf(runs);
    this.heads = new PriorityQueue<>(Math.max(1, runs.size()), (a, b) -> {
      int byKey = Arrays.compareUnsigned(this.runs.get(a).key(), this.runs.get(b).key());
      return byKey != 0 ? byKey : Integer.compare(a, b);
    });
  }

  @Override
  public boolean advance() throws IOException {
    if (!started) {
      started = true;
      for (int i = 0; i < runs.size(); i++) {
        if (runs.get(i).advance()) {
          heads.add(i);
        }
      }
    } else if (current >= 0 && runs.get(current).advance()) {
      heads.add(current);
    }
    Integer next = heads.poll();
    current = next == null ? -1 : next;
    return next != null;
  }

  @Override
  public byte[] key() {
    return runs.get(current).key();
  }

  @Override
  public byte[] value() {
    return runs.get(current).value();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (RecordRun run : runs) {
      try {
        run.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
