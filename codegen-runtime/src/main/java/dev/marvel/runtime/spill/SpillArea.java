package dev.marvel.runtime.spill;

import java.io.IOException;

/**
 * Where reduce-side state goes when it exceeds its memory budget: a local directory
 * ({@link DirectorySpillArea}) or persistent memory.
 */
public interface SpillArea {
  /** Creates an empty spill; the caller deletes it when done. */
  Spill create() throws IOException;
}
