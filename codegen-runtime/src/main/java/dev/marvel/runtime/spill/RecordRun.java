package dev.marvel.runtime.spill;

import java.io.IOException;

/** A key-sorted sequence of records, read once, front to back. */
interface RecordRun extends AutoCloseable {
  /** Moves to the next record; false at the end. */
  boolean advance() throws IOException;

  byte[] key();

  byte[] value();

  @Override
  void close() throws IOException;
}
