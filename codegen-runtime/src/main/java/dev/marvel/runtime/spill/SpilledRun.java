package dev.marvel.runtime.spill;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/** Reads a spill written from a sorted {@link SortBuffer} (or by a merge) record by record. */
final class SpilledRun implements RecordRun {
  private final DataInputStream in;
  private byte[] key;
  private byte[] value;

  SpilledRun(Spill spill, int bufferBytes) throws IOException {
    this.in = new DataInputStream(new BufferedInputStream(spill.read(), bufferBytes));
  }

  @Override
  public boolean advance() throws IOException {
    int keyLength;
    try {
      keyLength = in.readInt();
    } catch (EOFException end) {
      return false;
    }
    int valueLength = in.readInt();
    key = in.readNBytes(keyLength);
    value = in.readNBytes(valueLength);
    if (key.length != keyLength || value.length != valueLength) {
      throw new EOFException("spill ends inside a record");
    }
    return true;
  }

  @Override
  public byte[] key() {
    return key;
  }

  @Override
  public byte[] value() {
    return value;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
