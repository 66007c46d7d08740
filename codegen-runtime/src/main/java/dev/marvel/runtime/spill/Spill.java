package dev.marvel.runtime.spill;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** One spilled sequence of bytes: written once, then read any number of times, then deleted. */
public interface Spill {
  /** Opens the spill for writing; called once. */
  OutputStream write() throws IOException;

  /** Opens the written spill for reading from its start. */
  InputStream read() throws IOException;

  /** Frees the spill's space; safe to call twice. */
  void delete() throws IOException;
}
