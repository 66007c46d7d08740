package dev.marvel.runtime.spill;

/**
 * Records in ascending unsigned order of their key bytes; records with equal keys come in the
 * order they were added. A cursor: {@link #next()} moves, {@link #key()} and {@link #value()}
 * read the current record.
 */
public interface SortedRecords extends AutoCloseable {
  /** Moves to the next record; false when there are no more. */
  boolean next();

  byte[] key();

  byte[] value();

  @Override
  void close();
}
