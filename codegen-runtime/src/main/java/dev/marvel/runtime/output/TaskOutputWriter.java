package dev.marvel.runtime.output;

import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.io.Counters;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * Writes one task's records as {@link OutputFormat} text into a big buffer flushed to a stream
 * (normally a part file in the task attempt's directory, see {@link OutputCommitter#openWriter}).
 *
 * <p>A record is a sequence of {@code field…} calls closed by {@link #endRecord()}. Byte slices
 * are copied as they are; Strings are encoded to UTF-8 straight into the buffer; integers and
 * dates are formatted without allocating. A null is an empty field, which Marvel's readers read
 * back as null for typed columns.
 */
public final class TaskOutputWriter implements Closeable {
  public static final int DEFAULT_BUFFER_SIZE = 1 << 20;
  private static final byte QUOTE = '"';
  private static final int MAX_LONG_CHARS = 20;

  private final OutputStream out;
  private final byte delimiter;
  private final boolean quotes;
  private byte[] buf;
  private int count;
  private int fieldsInRecord;
  private long recordsWritten;
  private long bytesFlushed;
  private boolean closed;

  public TaskOutputWriter(OutputStream out, OutputFormat format) {
    this(out, format, DEFAULT_BUFFER_SIZE);
  }

  TaskOutputWriter(OutputStream out, OutputFormat format, int bufferSize) {
    this.out = out;
    this.delimiter = format.delimiter();
    this.quotes = format.quotes();
    this.buf = new byte[Math.max(bufferSize, 2 * MAX_LONG_CHARS)];
  }

  public void field(byte[] b, int off, int len) throws IOException {
    startField();
    if (quotes && needsQuotes(b, off, len)) {
      reserve(2 * len + 2);
      buf[count++] = QUOTE;
      for (int i = off; i < off + len; i++) {
        if (b[i] == QUOTE) {
          buf[count++] = QUOTE;
        }
        buf[count++] = b[i];
      }
      buf[count++] = QUOTE;
    } else {
      reserve(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }
  }

  public void field(ByteSlice slice) throws IOException {
    field(slice.bytes(), slice.offset(), slice.length());
  }

  public void field(CharSequence text) throws IOException {
    startField();
    int length = text.length();
    boolean quoted = quotes && needsQuotes(text);
    // UTF-8 takes at most 3 bytes per UTF-16 unit; doubling quotes at most 2.
    reserve(3 * length + 2);
    if (quoted) {
      buf[count++] = QUOTE;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (quoted && c == QUOTE) {
          buf[count++] = QUOTE;
        }
        buf[count++] = (byte) c;
      } else if (c < 0x800) {
        buf[count++] = (byte) (0xC0 | c >> 6);
        buf[count++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buf[count++] = (byte) (0xF0 | cp >> 18);
        buf[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[count++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        buf[count++] = '?'; // an unpaired surrogate has no UTF-8 form; Java's encoder does the same
      } else {
        buf[count++] = (byte) (0xE0 | c >> 12);
        buf[count++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[count++] = (byte) (0x80 | c & 0x3F);
      }
    }
    if (quoted) {
      buf[count++] = QUOTE;
    }
  }

  public void field(long value) throws IOException {
    startField();
    reserve(MAX_LONG_CHARS);
    if (value == Long.MIN_VALUE) {
      writeAscii("-9223372036854775808");
      return;
    }
    if (value < 0) {
      buf[count++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int i = count + digits - 1; i >= count; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    count += digits;
  }

  /** Java's shortest round-tripping form ({@code 1.5}, {@code 1.0E10}, {@code NaN}). */
  public void field(double value) throws IOException {
    startField();
    writeAscii(Double.toString(value));
  }

  public void field(boolean value) throws IOException {
    startField();
    writeAscii(value ? "true" : "false");
  }

  /** A date given as days since 1970-01-01, written {@code yyyy-MM-dd}. */
  public void dateField(int epochDay) throws IOException {
    startField();
    // Civil date from days (H. Hinnant's civil_from_days), shifted to a March-based year.
    int z = epochDay + 719_468;
    int era = Math.floorDiv(z, 146_097);
    int dayOfEra = z - era * 146_097;
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int mp = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
      writeAscii(LocalDate.ofEpochDay(epochDay).toString());
      return;
    }
    reserve(10);
    digits(year, 4);
    buf[count++] = '-';
    digits(month, 2);
    buf[count++] = '-';
    digits(day, 2);
  }

  /** A null value: an empty field. */
  public void nullField() throws IOException {
    startField();
  }

  public void endRecord() throws IOException {
    reserve(1);
    buf[count++] = '\n';
    fieldsInRecord = 0;
    recordsWritten++;
  }

  public long recordsWritten() {
    return recordsWritten;
  }

  /** Bytes written so far, buffered ones included. */
  public long bytesWritten() {
    return bytesFlushed + count;
  }

  /** This writer's output counters. */
  public Counters counters() {
    return Counters.output(recordsWritten, bytesWritten());
  }

  /** Flushes and closes the stream; a record without {@link #endRecord()} is an error. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (fieldsInRecord > 0) {
        throw new IllegalStateException("a record was started but not ended");
      }
      flush();
    }
  }

  private void startField() throws IOException {
    if (fieldsInRecord++ > 0) {
      reserve(1);
      buf[count++] = delimiter;
    }
  }

  private boolean needsQuotes(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      byte c = b[i];
      if (c == delimiter || c == QUOTE || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private boolean needsQuotes(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == delimiter || c == QUOTE || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void writeAscii(String ascii) throws IOException {
    reserve(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      buf[count++] = (byte) ascii.charAt(i);
    }
  }

  private void digits(int value, int width) {
    for (int i = count + width - 1; i >= count; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    count += width;
  }

  /** Makes room for {@code n} more bytes: flushes, and grows only for a field bigger than the buffer. */
  private void reserve(int n) throws IOException {
    if (count + n <= buf.length) {
      return;
    }
    flush();
    if (n > buf.length) {
      buf = new byte[n];
    }
  }

  private void flush() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      bytesFlushed += count;
      count = 0;
    }
  }
}
