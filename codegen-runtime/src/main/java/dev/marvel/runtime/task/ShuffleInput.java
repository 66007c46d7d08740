package dev.marvel.runtime.task;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.shuffle.BlobStream;
import java.util.List;

/**
 * The records of shuffle partitions, read blob by blob: {@link #key()} and {@link #value()} are
 * views into the current blob, valid until the next {@link #next()}. Several streams (a broadcast
 * from several producer tasks) are read one after the other.
 */
public final class ShuffleInput implements AutoCloseable {
  private final List<BlobStream> streams;
  private int stream;
  private final ByteSlice key = new ByteSlice();
  private final ByteSlice value = new ByteSlice();
  private byte[] blob = new byte[0];
  private int pos;
  private long records;
  private long bytes;

  ShuffleInput(List<BlobStream> streams) {
    this.streams = streams;
  }

  public boolean next() {
    while (pos >= blob.length) {
      if (stream >= streams.size()) {
        return false;
      }
      BlobStream s = streams.get(stream);
      if (s.hasNext()) {
        blob = s.next();
        pos = 0;
        bytes += blob.length;
      } else {
        s.close();
        stream++;
      }
    }
    int keyLen = readVarInt();
    key.set(blob, pos, keyLen);
    pos += keyLen;
    int valueLen = readVarInt();
    value.set(blob, pos, valueLen);
    pos += valueLen;
    records++;
    return true;
  }

  public ByteSlice key() {
    return key;
  }

  public ByteSlice value() {
    return value;
  }

  public long records() {
    return records;
  }

  public long bytes() {
    return bytes;
  }

  @Override
  public void close() {
    for (; stream < streams.size(); stream++) {
      streams.get(stream).close();
    }
  }

  private int readVarInt() {
    int v = 0;
    int shift = 0;
    byte b;
    do {
      b = blob[pos++];
      v |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return v;
  }
}
