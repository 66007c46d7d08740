package dev.marvel.runtime.task;

import dev.marvel.bundle.TaskInput;
import dev.marvel.runtime.io.BadRecordException;
import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.io.DelimitedFormat;
import dev.marvel.runtime.io.DelimitedReader;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.ProjectedColumn;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The records of a task's CSV/TSV splits with only the projected columns parsed; slot {@code i}
 * is the i-th projected column. A bad record the policy does not skip fails the task as a user
 * error pointing at the {@code read} in the program.
 */
public final class CsvInput implements AutoCloseable {
  private final Configuration conf;
  private final List<TaskInput.Split> splits;
  private final DelimitedFormat format;
  private final List<ProjectedColumn> columns;
  private final BadRecordPolicy policy;
  private final String location;
  private int next;
  private DelimitedReader reader;
  private long records;
  private long bytes;
  private long badRecords;

  CsvInput(Configuration conf, List<TaskInput.Split> splits, DelimitedFormat format, List<ProjectedColumn> columns,
      BadRecordPolicy policy, String location) {
    this.conf = conf;
    this.splits = splits;
    this.format = format;
    this.columns = columns;
    this.policy = policy;
    this.location = location;
  }

  public boolean next() throws IOException {
    try {
      while (reader == null || !reader.next()) {
        closeReader();
        if (next >= splits.size()) {
          return false;
        }
        TaskInput.Split s = splits.get(next++);
        reader = DelimitedReader.open(conf, new InputSplit(s.path(), s.start(), s.length(), List.of()), format,
            columns, policy);
      }
    } catch (BadRecordException e) {
      throw TaskFailure.user("bad record in " + e.path() + " at byte " + e.byteOffset() + ": " + e.getMessage()
          + " (run with bad records skipped to count and skip such records)", location);
    }
    records++;
    return true;
  }

  public boolean isNull(int slot) {
    return reader.isNull(slot);
  }

  public ByteSlice slice(int slot) {
    return reader.slice(slot);
  }

  public int getInt(int slot) {
    return reader.getInt(slot);
  }

  public long getLong(int slot) {
    return reader.getLong(slot);
  }

  public double getDouble(int slot) {
    return reader.getDouble(slot);
  }

  public boolean getBool(int slot) {
    return reader.getBool(slot);
  }

  public int getDate(int slot) {
    return reader.getDate(slot);
  }

  public long records() {
    return records;
  }

  public long bytes() {
    return bytes + (reader == null ? 0 : reader.bytesRead());
  }

  public long badRecords() {
    return badRecords + (reader == null ? 0 : reader.badRecords());
  }

  @Override
  public void close() throws IOException {
    closeReader();
  }

  private void closeReader() throws IOException {
    if (reader != null) {
      bytes += reader.bytesRead();
      badRecords += reader.badRecords();
      reader.close();
      reader = null;
    }
  }
}
