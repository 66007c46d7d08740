package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedReaderTest {
  private static final List<ProjectedColumn> UV_PROJECTION = List.of(
      new ProjectedColumn(0, "sourceIP", ColumnType.STRING),
      new ProjectedColumn(3, "adRevenue", ColumnType.DOUBLE));

  @TempDir Path root;
  private final Configuration conf = new Configuration();

  @Test
  void quotedFieldsMayHoldDelimitersAndDoubledQuotes() throws IOException {
    String path = write("q.csv", "1,\"a,b\",\"say \"\"hi\"\"\",plain\r\n2,\"\",\"\"\"\",x\"y\n");
    List<ProjectedColumn> projection = List.of(
        new ProjectedColumn(1, "b", ColumnType.STRING),
        new ProjectedColumn(2, "c", ColumnType.STRING),
        new ProjectedColumn(3, "d", ColumnType.STRING));
    assertEquals(List.of(List.of("a,b", "say \"hi\"", "plain"), List.of("", "\"", "x\"y")),
        readAll(path, DelimitedFormat.csv(), projection, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
  }

  @Test
  void projectionDeliversOnlyTheAskedColumnsInTheAskedOrder() throws IOException {
    String path = write("p.csv", "a0,a1,a2,a3\nb0,b1,b2,b3\n");
    List<ProjectedColumn> projection = List.of(
        new ProjectedColumn(3, "d", ColumnType.STRING),
        new ProjectedColumn(1, "b", ColumnType.STRING));
    assertEquals(List.of(List.of("a3", "a1"), List.of("b3", "b1")),
        readAll(path, DelimitedFormat.csv(), projection, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
  }

  @Test
  void columnsAfterTheLastProjectedOneAreNotParsed() throws IOException {
    // The unterminated quote in column 3 is never looked at, because only columns 1-2 are read.
    String path = write("lazy.csv", "x,1,\"broken\n");
    List<ProjectedColumn> projection = List.of(new ProjectedColumn(1, "n", ColumnType.INT));
    assertEquals(List.of(List.of("1")),
        readAll(path, DelimitedFormat.csv(), projection, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
  }

  @Test
  void headerIsSkippedOnlyByTheFilesFirstSplit() throws IOException {
    StringBuilder text = new StringBuilder("name,value\n");
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      // Rows that look like the header must still be read: only the file's first line is skipped.
      String name = i % 10 == 0 ? "name" : "n" + i;
      String value = i % 10 == 0 ? "value" : "v" + i;
      text.append(name).append(',').append(value).append('\n');
      expected.add(List.of(name, value));
    }
    String path = write("h.csv", text.toString());
    List<ProjectedColumn> projection = List.of(
        new ProjectedColumn(0, "name", ColumnType.STRING), new ProjectedColumn(1, "value", ColumnType.STRING));
    for (int splitSize = 1; splitSize <= 40; splitSize++) {
      assertEquals(expected, readAll(path, DelimitedFormat.csv().withHeader(true), projection,
          SplitSizing.target(splitSize), BadRecordPolicy.FAIL), "split size " + splitSize);
    }
  }

  @Test
  void typedColumnsParseFromBytesAndEmptyMeansNull() throws IOException {
    String path = write("t.tsv", "7\t8000000000\t2.5\ttrue\t1980-01-02\ttext\n\t\t\t\t\t\n");
    List<ProjectedColumn> projection = List.of(
        new ProjectedColumn(0, "i", ColumnType.INT),
        new ProjectedColumn(1, "l", ColumnType.LONG),
        new ProjectedColumn(2, "d", ColumnType.DOUBLE),
        new ProjectedColumn(3, "b", ColumnType.BOOL),
        new ProjectedColumn(4, "day", ColumnType.DATE),
        new ProjectedColumn(5, "s", ColumnType.STRING));
    InputSplit split = new SplitPlanner(conf, SplitSizing.BLOCKS).plan(List.of(path)).get(0);
    try (DelimitedReader reader = DelimitedReader.open(conf, split, DelimitedFormat.tsv(), projection,
        BadRecordPolicy.FAIL)) {
      assertTrue(reader.next());
      assertEquals(7, reader.getInt(0));
      assertEquals(8_000_000_000L, reader.getLong(1));
      assertEquals(2.5, reader.getDouble(2));
      assertTrue(reader.getBool(3));
      assertEquals(LocalDate.of(1980, 1, 2).toEpochDay(), reader.getDate(4));
      assertEquals("text", reader.getString(5));
      for (int slot = 0; slot < 5; slot++) {
        assertFalse(reader.isNull(slot));
      }
      assertTrue(reader.next());
      for (int slot = 0; slot < 5; slot++) {
        assertTrue(reader.isNull(slot), "slot " + slot);
      }
      assertFalse(reader.isNull(5));
      assertEquals("", reader.getString(5));
      assertThrows(IllegalStateException.class, () -> reader.getLong(0));
      assertFalse(reader.next());
      assertEquals(new Counters(2, Files.size(root.resolve("t.tsv")), 0, 0, 0), reader.counters());
    }
  }

  @Test
  void blankLinesAreIgnored() throws IOException {
    String path = write("blank.csv", "\na,b\n\r\n\nc,d\n\n");
    List<ProjectedColumn> projection = List.of(new ProjectedColumn(1, "y", ColumnType.STRING));
    assertEquals(List.of(List.of("b"), List.of("d")),
        readAll(path, DelimitedFormat.csv(), projection, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
  }

  @Test
  void badNumberFailsNamingFileByteLineColumnAndReason() throws IOException {
    String path = write("uv.csv", "1.2.3.4,u,1980-01-01,0.5\n5.6.7.8,u,1980-01-01,\"12,5x\"\n");
    BadRecordException e = assertThrows(BadRecordException.class, () ->
        readAll(path, DelimitedFormat.csv(), UV_PROJECTION, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
    assertEquals(path + ": byte 25 (line 2): column 4 (adRevenue): \"12,5x\" is not a double", e.getMessage());
    assertEquals(25, e.byteOffset());
  }

  @Test
  void inALaterSplitTheMessageGivesTheByteOffsetOnly() throws IOException {
    String path = write("uv2.csv", "1.2.3.4,u,1980-01-01,0.5\n5.6.7.8,u,1980-01-01,x\n");
    BadRecordException e = assertThrows(BadRecordException.class, () ->
        readAll(path, DelimitedFormat.csv(), UV_PROJECTION, SplitSizing.target(20), BadRecordPolicy.FAIL));
    assertEquals(path + ": byte 25: column 4 (adRevenue): \"x\" is not a double", e.getMessage());
  }

  @Test
  void structuralErrorsAreBadRecordsWithClearReasons() throws IOException {
    assertEquals(": byte 0 (line 1): column 2: unterminated quoted field (a quoted field must end on its"
        + " own line; quoted fields spanning lines are not supported)", firstError("a,\"multi\nline\",0.5\n"));
    assertEquals(": byte 0 (line 1): column 2: unexpected \"x\" after a closing quote (a quote inside a"
        + " quoted field must be doubled)", firstError("a,\"b\"x,c,0.5\n"));
    assertEquals(": byte 0 (line 1): has 2 fields, but column 4 (adRevenue) is read", firstError("a,b\n"));
  }

  @Test
  void fixedColumnCountRejectsRowsWithMoreOrFewerFields() throws IOException {
    String path = write("count.csv", "a,b,c,1\na,b,c,2,extra\na,b,c\n");
    InputSplit split = new SplitPlanner(conf, SplitSizing.BLOCKS).plan(List.of(path)).get(0);
    try (DelimitedReader reader = DelimitedReader.open(conf, split, DelimitedFormat.csv().withColumnCount(4),
        List.of(new ProjectedColumn(0, "a", ColumnType.STRING)), BadRecordPolicy.FAIL)) {
      assertTrue(reader.next());
      BadRecordException e = assertThrows(BadRecordException.class, reader::next);
      assertEquals(path + ": byte 8 (line 2): has 5 fields, expected 4", e.getMessage());
    }
    try (DelimitedReader reader = DelimitedReader.open(conf, split, DelimitedFormat.csv().withColumnCount(4),
        List.of(new ProjectedColumn(0, "a", ColumnType.STRING)), BadRecordPolicy.SKIP)) {
      assertTrue(reader.next());
      assertFalse(reader.next());
      assertEquals(2, reader.badRecords());
    }
  }

  @Test
  void skipPolicyCountsBadRecordsAndKeepsGoodOnes() throws IOException {
    String path = write("skip.csv", "a,u,d,1\nb,u,d,x\nc,u,d,2\nd,u,d,\"\"\"\"\ne,u,d,3\n");
    List<List<String>> rows = new ArrayList<>();
    InputSplit split = new SplitPlanner(conf, SplitSizing.BLOCKS).plan(List.of(path)).get(0);
    try (DelimitedReader reader = DelimitedReader.open(conf, split, DelimitedFormat.csv(), UV_PROJECTION,
        BadRecordPolicy.parse("skip"))) {
      while (reader.next()) {
        rows.add(List.of(reader.getString(0), Double.toString(reader.getDouble(1))));
      }
      assertEquals(List.of(List.of("a", "1.0"), List.of("c", "2.0"), List.of("e", "3.0")), rows);
      assertEquals(new Counters(3, Files.size(root.resolve("skip.csv")), 0, 0, 2), reader.counters());
    }
  }

  @Test
  void skipLimitExceededFailsWithTheRecordAndTheLimit() throws IOException {
    String path = write("limit.csv", "a,u,d,1\nb,u,d,x\nc,u,d,y\n");
    BadRecordException e = assertThrows(BadRecordException.class, () ->
        readAll(path, DelimitedFormat.csv(), UV_PROJECTION, SplitSizing.BLOCKS, BadRecordPolicy.parse("skip:1")));
    assertEquals(path + ": byte 16 (line 3): column 4 (adRevenue): \"y\" is not a double (more than 1 bad"
        + " records in this task; the bad-record policy skip:1 allows at most 1)", e.getMessage());
    // The limit is per task: split apart, each task skips only one bad record and succeeds.
    assertEquals(List.of(List.of("a", "1.0")), readAll(path, DelimitedFormat.csv(), UV_PROJECTION,
        SplitSizing.target(10), BadRecordPolicy.parse("skip:1")));
  }

  @Test
  void invalidProjectionsAreProgrammingErrors() throws IOException {
    String path = write("x.csv", "a\n");
    LineReader lines = LineReader.open(conf, new InputSplit(path, 0, 2, List.of()));
    List<ProjectedColumn> twice = List.of(
        new ProjectedColumn(0, "a", ColumnType.STRING), new ProjectedColumn(0, "b", ColumnType.STRING));
    assertThrows(IllegalArgumentException.class,
        () -> new DelimitedReader(lines, DelimitedFormat.csv(), twice, BadRecordPolicy.FAIL));
    assertThrows(IllegalArgumentException.class, () -> new DelimitedReader(lines,
        DelimitedFormat.csv().withColumnCount(2), List.of(new ProjectedColumn(2, "c", ColumnType.STRING)),
        BadRecordPolicy.FAIL));
    lines.close();
  }

  private String firstError(String content) throws IOException {
    String path = write("err-" + content.hashCode() + ".csv", content);
    BadRecordException e = assertThrows(BadRecordException.class, () ->
        readAll(path, DelimitedFormat.csv(), UV_PROJECTION, SplitSizing.BLOCKS, BadRecordPolicy.FAIL));
    assertTrue(e.getMessage().startsWith(path), e.getMessage());
    return e.getMessage().substring(path.length());
  }

  /** Every split's records, each as its projected values (doubles via Double.toString). */
  private List<List<String>> readAll(String path, DelimitedFormat format, List<ProjectedColumn> projection,
      SplitSizing sizing, BadRecordPolicy policy) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (InputSplit split : new SplitPlanner(conf, sizing).plan(List.of(path))) {
      try (DelimitedReader reader = DelimitedReader.open(conf, split, format, projection, policy)) {
        while (reader.next()) {
          List<String> row = new ArrayList<>();
          for (int slot = 0; slot < projection.size(); slot++) {
            row.add(projection.get(slot).type() == ColumnType.DOUBLE
                ? Double.toString(reader.getDouble(slot)) : reader.slice(slot).toString());
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private String write(String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.writeString(file, content);
    return file.toUri().toString().replace("file:///", "file:/");
  }
}
