package dev.marvel.runtime.shuffle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each blob of one map attempt's data file lies: (partition, offset, length) in write
 * order, after a header naming the attempt. Writing the index is the last step of closing a
 * writer, so an attempt directory without an index is an attempt that never finished.
 */
final class MapOutputIndex {
  private static final int MAGIC = 0x4D564C49; // "MVLI"

  record Entry(int partition, long offset, int length) {}

  private final int attempt;
  private final List<Entry> entries;

  MapOutputIndex(int attempt, List<Entry> entries) {
    this.attempt = attempt;
    this.entries = entries;
  }

  int attempt() {
    return attempt;
  }

  /** The blobs of one partition, in ascending offset (that is, write) order. */
  List<Entry> blobsOf(int partition) {
    List<Entry> result = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.partition() == partition) {
        result.add(entry);
      }
    }
    return result;
  }

  void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(attempt);
    data.writeInt(entries.size());
    for (Entry entry : entries) {
      data.writeInt(entry.partition());
      data.writeLong(entry.offset());
      data.writeInt(entry.length());
    }
    data.flush();
  }

  static MapOutputIndex readFrom(InputStream in, String where) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("not a Marvel shuffle index: " + where);
    }
    int attempt = data.readInt();
    int count = data.readInt();
    List<Entry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(new Entry(data.readInt(), data.readLong(), data.readInt()));
    }
    return new MapOutputIndex(attempt, entries);
  }
}
