package dev.marvel.runtime.task;

import dev.marvel.bundle.TaskInput;
import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.LineReader;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/** The lines of a task's input splits, one split after the other; each line a view into the read buffer. */
public final class TextInput implements AutoCloseable {
  private final Configuration conf;
  private final List<TaskInput.Split> splits;
  private int next;
  private LineReader reader;
  private long records;
  private long bytes;

  TextInput(Configuration conf, List<TaskInput.Split> splits) {
    this.conf = conf;
    this.splits = splits;
  }

  public boolean next() throws IOException {
    return nextContaining(null);
  }

  /**
   * Moves to the next line that contains {@code literal} in its bytes (every line when null),
   * passing over the others without delimiting them ({@link LineReader#nextContaining}); only
   * the lines returned count as records read.
   */
  public boolean nextContaining(byte[] literal) throws IOException {
    while (reader == null || !(literal == null ? reader.next() : reader.nextContaining(literal))) {
      closeReader();
      if (next >= splits.size()) {
        return false;
      }
      TaskInput.Split s = splits.get(next++);
      reader = LineReader.open(conf, new InputSplit(s.path(), s.start(), s.length(), List.of()));
    }
    records++;
    return true;
  }

  /** The current line without its terminator, valid until {@link #next()}. */
  public ByteSlice line() {
    return reader.line();
  }

  public long records() {
    return records;
  }

  public long bytes() {
    return bytes + (reader == null ? 0 : reader.bytesRead());
  }

  @Override
  public void close() throws IOException {
    closeReader();
  }

  private void closeReader() throws IOException {
    if (reader != null) {
      bytes += reader.bytesRead();
      reader.close();
      reader = null;
    }
  }
}
