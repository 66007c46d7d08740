package dev.marvel.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.io.ColumnType;
import dev.marvel.runtime.io.Counters;
import dev.marvel.runtime.io.DelimitedFormat;
import dev.marvel.runtime.io.DelimitedReader;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.ProjectedColumn;
import dev.marvel.runtime.io.SplitPlanner;
import dev.marvel.runtime.io.SplitSizing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskOutputWriterTest {
  private static final List<String> NASTY = List.of("plain", "", "a,b", "tab\there", "say \"hi\"", "\"",
      "grüße 日本語 😀", ",\t\",");

  @TempDir Path root;

  @Test
  void textJoinsFieldsWithTabsAndWritesThemAsTheyAre() throws IOException {
    assertEquals("a,b\t\"q\"\t42\ttrue\t\t1970-01-02\n", write(OutputFormat.TEXT, w -> {
      w.field("a,b");
      w.field(ByteSlice.of("\"q\""));
      w.field(42L);
      w.field(true);
      w.nullField();
      w.dateField(1);
      w.endRecord();
    }));
  }

  @Test
  void csvQuotesOnlyFieldsThatNeedIt() throws IOException {
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",tab\there\n", write(OutputFormat.CSV, w -> {
      w.field("plain");
      w.field(ByteSlice.of("a,b"));
      w.field("say \"hi\"");
      w.field("two\nlines");
      w.field("tab\there");
      w.endRecord();
    }));
    assertEquals("\"tab\there\"\ta,b\n", write(OutputFormat.TSV, w -> {
      w.field("tab\there");
      w.field("a,b");
      w.endRecord();
    }));
  }

  @Test
  void csvAndTsvReadBackExactlyThroughTheDelimitedReader() throws IOException {
    for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TSV)) {
      Path file = root.resolve("round-trip." + format);
      String text = write(format, w -> {
        for (String value : NASTY) {
          w.field(value);
          w.field(ByteSlice.of(value));
          w.endRecord();
        }
      });
      Files.writeString(file, text);
      DelimitedFormat readFormat = format == OutputFormat.CSV ? DelimitedFormat.csv() : DelimitedFormat.tsv();
      List<String> read = new ArrayList<>();
      Configuration conf = new Configuration();
      InputSplit split = new SplitPlanner(conf, SplitSizing.BLOCKS).plan(List.of(file.toString())).get(0);
      try (DelimitedReader reader = DelimitedReader.open(conf, split, readFormat.withColumnCount(2),
          List.of(new ProjectedColumn(0, "s", ColumnType.STRING), new ProjectedColumn(1, "b", ColumnType.STRING)),
          BadRecordPolicy.FAIL)) {
        while (reader.next()) {
          assertEquals(reader.getString(0), reader.getString(1));
          read.add(reader.getString(0));
        }
      }
      assertEquals(NASTY, read, format.name());
    }
  }

  @Test
  void numbersAndDatesAreWrittenAsJavaAndIsoWriteThem() throws IOException {
    long[] longs = {0, 7, -7, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE};
    double[] doubles = {0.0, -0.0, 1.5, 1e10, 1e-7, Double.NaN, Double.NEGATIVE_INFINITY, 0.1 + 0.2};
    int[] days = {0, -1, 59, 60, -719_528, 2_932_896, 2_932_897, -719_529, 11_016};
    StringBuilder expected = new StringBuilder();
    for (long v : longs) {
      expected.append(v).append('\n');
    }
    for (double v : doubles) {
      expected.append(v).append('\n');
    }
    for (int day : days) {
      expected.append(LocalDate.ofEpochDay(day)).append('\n');
    }
    assertEquals(expected.toString(), write(OutputFormat.TSV, w -> {
      for (long v : longs) {
        w.field(v);
        w.endRecord();
      }
      for (double v : doubles) {
        w.field(v);
        w.endRecord();
      }
      for (int day : days) {
        w.dateField(day);
        w.endRecord();
      }
    }));
  }

  @Test
  void stringsAreEncodedAsUtf8AndUnpairedSurrogatesBecomeQuestionMarks() throws IOException {
    String text = "aé€😀z";
    assertEquals(text + "\t?x\n", write(OutputFormat.TEXT, w -> {
      w.field(text);
      w.field("\uD800x");
      w.endRecord();
    }));
  }

  @Test
  void fieldsLargerThanTheBufferAreWrittenWhole() throws IOException {
    String big = "x".repeat(500) + ",";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TaskOutputWriter w = new TaskOutputWriter(bytes, OutputFormat.CSV, 16)) {
      for (int i = 0; i < 3; i++) {
        w.field(big);
        w.field(ByteSlice.of(big));
        w.field(12345678901L);
        w.endRecord();
      }
      assertEquals(new Counters(0, 0, 3, 3 * (2 * 503 + 1 + 1 + 11 + 1), 0), w.counters());
    }
    String line = "\"" + big + "\",\"" + big + "\",12345678901\n";
    assertEquals(line.repeat(3), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void closingInTheMiddleOfARecordIsAnError() {
    TaskOutputWriter w = new TaskOutputWriter(new ByteArrayOutputStream(), OutputFormat.TEXT);
    assertThrows(IllegalStateException.class, () -> {
      w.field("half");
      w.close();
    });
  }

  @Test
  void formatsParseFromTheirNames() {
    assertEquals(OutputFormat.TSV, OutputFormat.parse("tsv"));
    assertEquals("output format 'json' is not one of: text, tsv, csv",
        assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("json")).getMessage());
  }

  private interface Records {
    void writeTo(TaskOutputWriter writer) throws IOException;
  }

  private static String write(OutputFormat format, Records records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TaskOutputWriter writer = new TaskOutputWriter(bytes, format, 64)) {
      records.writeTo(writer);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
