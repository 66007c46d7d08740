package dev.marvel.runtime.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads the records of a CSV/TSV split, delivering only the projected columns.
 *
 * <p>Fields follow RFC 4180: a field starting with the quote byte runs to the matching quote,
 * a doubled quote inside stands for one, and only the delimiter or the line end may follow the
 * closing quote; a quote inside an unquoted field is an ordinary byte. A quoted field cannot
 * span lines (line splitting decides record boundaries, as in Hadoop); an unterminated quote is a
 * bad record saying so. Blank lines are ignored. With a header, the first line of each file is
 * skipped, so only the file's first split does so.
 *
 * <p>Scanning stops after the last projected column unless the format fixes the column count,
 * so unread columns cost one delimiter search each and nothing after the last needed one. Typed
 * columns are parsed while reading: an empty field is null, an unparsable one makes the record
 * bad, handled by the {@link BadRecordPolicy}. Projected values are views into the line buffer
 * (or a per-column scratch array for fields with doubled quotes): nothing is allocated per record.
 */
public final class DelimitedReader implements Closeable {
  private final LineReader lines;
  private final DelimitedFormat format;
  private final BadRecordPolicy policy;
  private final ProjectedColumn[] columns;
  /** Projection slot of each record column up to the last projected one, or -1. */
  private final int[] slotOfColumn;
  private final boolean countAllFields;

  private final ByteSlice[] slices;
  private final byte[][] scratch;
  private final long[] longs;
  private final double[] doubles;
  private final boolean[] nulls;

  private boolean headerPending;
  private long recordsRead;
  private long badRecords;
  private int failedColumn;
  private String failure;

  public DelimitedReader(LineReader lines, DelimitedFormat format, List<ProjectedColumn> projection,
      BadRecordPolicy policy) {
    this.lines = lines;
    this.format = format;
    this.policy = policy;
    this.columns = projection.toArray(new ProjectedColumn[0]);
    int maxIndex = -1;
    Set<Integer> seen = new HashSet<>();
    for (ProjectedColumn column : columns) {
      if (!seen.add(column.index())) {
        throw new IllegalArgumentException("column " + column.index() + " is projected twice");
      }
      if (format.columnCount() != DelimitedFormat.ANY_COLUMN_COUNT && column.index() >= format.columnCount()) {
        throw new IllegalArgumentException("column index " + column.index()
            + " is outside the format's " + format.columnCount() + " columns");
      }
      maxIndex = Math.max(maxIndex, column.index());
    }
    this.slotOfColumn = new int[maxIndex + 1];
    Arrays.fill(slotOfColumn, -1);
    for (int slot = 0; slot < columns.length; slot++) {
      slotOfColumn[columns[slot].index()] = slot;
    }
    this.countAllFields = format.columnCount() != DelimitedFormat.ANY_COLUMN_COUNT;
    this.slices = new ByteSlice[columns.length];
    for (int slot = 0; slot < columns.length; slot++) {
      slices[slot] = new ByteSlice();
    }
    this.scratch = new byte[columns.length][];
    this.longs = new long[columns.length];
    this.doubles = new double[columns.length];
    this.nulls = new boolean[columns.length];
    this.headerPending = format.header() && lines.startsFile();
  }

  /** Opens {@code split} and reads it as {@code format}, delivering {@code projection}. */
  public static DelimitedReader open(Configuration conf, InputSplit split, DelimitedFormat format,
      List<ProjectedColumn> projection, BadRecordPolicy policy) throws IOException {
    return new DelimitedReader(LineReader.open(conf, split), format, projection, policy);
  }

  /**
   * Moves to the next good record; false at the end of the split.
   *
   * @throws BadRecordException for a bad record the policy does not let this task skip
   */
  public boolean next() throws IOException {
    while (lines.next()) {
      if (headerPending) {
        headerPending = false;
        continue;
      }
      ByteSlice line = lines.line();
      if (line.isEmpty()) {
        continue;
      }
      if (splitFields(line.bytes(), line.offset(), line.offset() + line.length()) && parseTyped()) {
        recordsRead++;
        return true;
      }
      reject();
    }
    return false;
  }

  /** The raw (unquoted) bytes of projected column {@code slot}, valid until {@link #next()}. */
  public ByteSlice slice(int slot) {
    return slices[slot];
  }

  /** The value of a {@code STRING} column {@code slot} as a String (allocates). */
  public String getString(int slot) {
    return slices[slot].toString();
  }

  /** Whether typed column {@code slot} was empty in this record; its getter then returns 0/false. */
  public boolean isNull(int slot) {
    return nulls[slot];
  }

  public int getInt(int slot) {
    checkType(slot, ColumnType.INT);
    return (int) longs[slot];
  }

  public long getLong(int slot) {
    checkType(slot, ColumnType.LONG);
    return longs[slot];
  }

  public double getDouble(int slot) {
    checkType(slot, ColumnType.DOUBLE);
    return doubles[slot];
  }

  public boolean getBool(int slot) {
    checkType(slot, ColumnType.BOOL);
    return longs[slot] != 0;
  }

  /** A {@code DATE} column as days since 1970-01-01. */
  public int getDate(int slot) {
    checkType(slot, ColumnType.DATE);
    return (int) longs[slot];
  }

  /** Absolute byte offset of the current record in its file. */
  public long recordOffset() {
    return lines.lineOffset();
  }

  public long recordsRead() {
    return recordsRead;
  }

  /** Bad records met so far (skipped ones, plus the one that failed the task, if any). */
  public long badRecords() {
    return badRecords;
  }

  public long bytesRead() {
    return lines.bytesRead();
  }

  /** This reader's input counters. */
  public Counters counters() {
    return Counters.input(recordsRead, lines.bytesRead(), badRecords);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  /** Sets the projected slices from one line; false (with the failure noted) if malformed. */
  private boolean splitFields(byte[] b, int from, int to) {
    byte delimiter = format.delimiter();
    byte quote = format.quote();
    int p = from;
    int column = 0;
    int filled = 0;
    while (true) {
      int slot = column < slotOfColumn.length ? slotOfColumn[column] : -1;
      if (quote != DelimitedFormat.NO_QUOTE && p < to && b[p] == quote) {
        int close = closingQuote(b, p + 1, to, quote);
        if (close < 0) {
          return fail(column, "unterminated quoted field (a quoted field must end on its own line;"
              + " quoted fields spanning lines are not supported)");
        }
        int after = close + 1;
        if (after < to && b[after] != delimiter) {
          return fail(column, "unexpected " + MalformedFieldException.quote(b, after, 1)
              + " after a closing quote (a quote inside a quoted field must be doubled)");
        }
        if (slot >= 0) {
          setQuoted(slot, b, p + 1, close, quote);
        }
        p = after;
      } else {
        int d = ByteSearch.indexOf(b, p, to, delimiter);
        int fieldEnd = d < 0 ? to : d;
        if (slot >= 0) {
          slices[slot].set(b, p, fieldEnd - p);
        }
        p = fieldEnd;
      }
      column++;
      if (slot >= 0) {
        filled++;
      }
      if (p >= to || (filled == columns.length && !countAllFields)) {
        break;
      }
      p++;
    }
    if (filled < columns.length) {
      int last = slotOfColumn.length - 1;
      return fail(-1, "has " + column + (column == 1 ? " field" : " fields") + ", but column "
          + (last + 1) + nameSuffix(last) + " is read");
    }
    if (countAllFields && column != format.columnCount()) {
      return fail(-1, "has " + column + (column == 1 ? " field" : " fields") + ", expected "
          + format.columnCount());
    }
    return true;
  }

  /** Index of the quote closing a field whose content starts at {@code from}, or -1. */
  private static int closingQuote(byte[] b, int from, int to, byte quote) {
    int i = from;
    while (true) {
      int q = ByteSearch.indexOf(b, i, to, quote);
      if (q < 0) {
        return -1;
      }
      if (q + 1 < to && b[q + 1] == quote) {
        i = q + 2;
        continue;
      }
      return q;
    }
  }

  /** Points a slot at quoted content, collapsing doubled quotes into its scratch array if any. */
  private void setQuoted(int slot, byte[] b, int from, int to, byte quote) {
    if (ByteSearch.indexOf(b, from, to, quote) < 0) {
      slices[slot].set(b, from, to - from);
      return;
    }
    byte[] out = scratch[slot];
    if (out == null || out.length < to - from) {
      out = new byte[Math.max(64, to - from)];
      scratch[slot] = out;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      out[n++] = b[i];
      if (b[i] == quote) {
        i++;
      }
    }
    slices[slot].set(out, 0, n);
  }

  private boolean parseTyped() {
    for (int slot = 0; slot < columns.length; slot++) {
      ColumnType type = columns[slot].type();
      if (type == ColumnType.STRING) {
        continue;
      }
      ByteSlice s = slices[slot];
      nulls[slot] = s.isEmpty();
      if (s.isEmpty()) {
        longs[slot] = 0;
        doubles[slot] = 0;
        continue;
      }
      try {
        switch (type) {
          case INT -> longs[slot] = FieldParser.parseInt(s.bytes(), s.offset(), s.length());
          case LONG -> longs[slot] = FieldParser.parseLong(s.bytes(), s.offset(), s.length());
          case DOUBLE -> doubles[slot] = FieldParser.parseDouble(s.bytes(), s.offset(), s.length());
          case BOOL -> longs[slot] = FieldParser.parseBool(s.bytes(), s.offset(), s.length()) ? 1 : 0;
          case DATE -> longs[slot] = FieldParser.parseDate(s.bytes(), s.offset(), s.length());
          default -> throw new IllegalStateException("unhandled column type " + type);
        }
      } catch (MalformedFieldException e) {
        return fail(columns[slot].index(), e.getMessage());
      }
    }
    return true;
  }

  private boolean fail(int column, String reason) {
    failedColumn = column;
    failure = reason;
    return false;
  }

  /** Counts the bad record, and throws unless the policy lets this task skip it. */
  private void reject() {
    badRecords++;
    if (policy.skip() && badRecords <= policy.limit()) {
      return;
    }
    String message = describeFailure();
    if (policy.skip()) {
      message += " (more than " + policy.limit() + " bad records in this task; the bad-record policy "
          + policy + " allows at most " + policy.limit() + ")";
    }
    throw new BadRecordException(lines.path(), lines.lineOffset(), message);
  }

  private String describeFailure() {
    StringBuilder m = new StringBuilder(lines.path()).append(": byte ").append(lines.lineOffset());
    if (lines.startsFile()) {
      m.append(" (line ").append(lines.lineInSplit()).append(')');
    }
    m.append(": ");
    if (failedColumn >= 0) {
      m.append("column ").append(failedColumn + 1).append(nameSuffix(failedColumn)).append(": ");
    }
    return m.append(failure).toString();
  }

  /** " (name)" for a projected column with a name, else "". */
  private String nameSuffix(int column) {
    int slot = column < slotOfColumn.length ? slotOfColumn[column] : -1;
    return slot >= 0 && columns[slot].name() != null ? " (" + columns[slot].name() + ")" : "";
  }

  private void checkType(int slot, ColumnType expected) {
    if (columns[slot].type() != expected) {
      throw new IllegalStateException("column " + columns[slot].name() + " is read as "
          + columns[slot].type().marvelName() + ", not " + expected.marvelName());
    }
  }
}
