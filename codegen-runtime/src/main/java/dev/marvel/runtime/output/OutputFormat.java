package dev.marvel.runtime.output;

import java.util.Locale;

/**
 * The text formats a task can write; records end with {@code \n}, text is UTF-8.
 *
 * <ul>
 *   <li>{@code TEXT}: fields joined by tabs, written as they are (Hadoop's TextOutputFormat);
 *   <li>{@code TSV}: tab-separated, and a field holding a tab, quote or line end is quoted
 *       RFC 4180 style, so Marvel's TSV reader reads back exactly what was written;
 *   <li>{@code CSV}: the same with commas.
 * </ul>
 */
public enum OutputFormat {
  TEXT((byte) '\t', false),
  TSV((byte) '\t', true),
  CSV((byte) ',', true);

  private final byte delimiter;
  private final boolean quotes;

  OutputFormat(byte delimiter, boolean quotes) {
    this.delimiter = delimiter;
    this.quotes = quotes;
  }

  public byte delimiter() {
    return delimiter;
  }

  /** Whether fields that need it are quoted (with {@code "}). */
  public boolean quotes() {
    return quotes;
  }

  /** {@code text}, {@code tsv} or {@code csv}, as a pipeline's {@code write … to FORMAT(…)} names them. */
  public static OutputFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("output format '" + name + "' is not one of: text, tsv, csv");
    }
  }
}
