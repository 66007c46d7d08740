package dev.marvel.runtime.io;

/**
 * The shape of a delimited text file (CSV, TSV).
 *
 * @param delimiter the byte between fields
 * @param quote the byte that quotes a field (RFC 4180: doubled inside a quoted field), or
 *     {@link #NO_QUOTE}
 * @param header whether each file's first line names the columns (and is skipped)
 * @param columnCount fields every record must have, or {@link #ANY_COLUMN_COUNT} to require only
 *     as many as the projection reaches
 */
public record DelimitedFormat(byte delimiter, byte quote, boolean header, int columnCount) {
  public static final byte NO_QUOTE = 0;
  public static final int ANY_COLUMN_COUNT = -1;

  public DelimitedFormat {
    if (delimiter == '\n' || delimiter == '\r' || delimiter == quote) {
      throw new IllegalArgumentException("delimiter must differ from the quote and line ends");
    }
    if (quote == '\n' || quote == '\r') {
      throw new IllegalArgumentException("quote must not be a line end");
    }
    if (columnCount < ANY_COLUMN_COUNT || columnCount == 0) {
      throw new IllegalArgumentException("column count must be > 0 or ANY_COLUMN_COUNT, got " + columnCount);
    }
  }

  /** Comma-separated, double-quoted, no header. */
  public static DelimitedFormat csv() {
    return new DelimitedFormat((byte) ',', (byte) '"', false, ANY_COLUMN_COUNT);
  }

  /** Tab-separated, double-quoted, no header. */
  public static DelimitedFormat tsv() {
    return new DelimitedFormat((byte) '\t', (byte) '"', false, ANY_COLUMN_COUNT);
  }

  public DelimitedFormat withHeader(boolean hasHeader) {
    return new DelimitedFormat(delimiter, quote, hasHeader, columnCount);
  }

  public DelimitedFormat withColumnCount(int count) {
    return new DelimitedFormat(delimiter, quote, header, count);
  }

  public DelimitedFormat withQuote(byte quoteByte) {
    return new DelimitedFormat(delimiter, quoteByte, header, columnCount);
  }
}
