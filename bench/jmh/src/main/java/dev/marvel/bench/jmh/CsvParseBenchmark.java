package dev.marvel.bench.jmh;

import static dev.marvel.bench.jmh.VisitsBlock.AD_REVENUE;
import static dev.marvel.bench.jmh.VisitsBlock.DURATION;
import static dev.marvel.bench.jmh.VisitsBlock.VISIT_DATE;

import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.io.ColumnType;
import dev.marvel.runtime.io.DelimitedFormat;
import dev.marvel.runtime.io.DelimitedReader;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.ProjectedColumn;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning BDB uservisits rows with all nine columns typed (date, double and int parsed, strings
 * as views): {@link DelimitedReader} with {@code FieldParser} through Hadoop's local file system,
 * against {@link BufferedReader#readLine()}, {@code String.split(",")}, {@link LocalDate#parse},
 * {@link Double#parseDouble} and {@link Integer#parseInt}. One operation scans the whole file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CsvParseBenchmark {
  private static final ColumnType[] TYPES = {
      ColumnType.STRING, ColumnType.STRING, ColumnType.DATE, ColumnType.DOUBLE, ColumnType.STRING,
      ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.INT};

  @Param("4194304")
  public int blockBytes;

  private ScratchDirectory scratch;
  private VisitsBlock visits;
  private Configuration conf;
  private InputSplit split;
  private List<ProjectedColumn> allColumns;
  private Totals expected;

  /** What a scan adds up; equal totals mean both scans parsed every field to the same value. */
  private record Totals(long rows, long days, double revenue, long duration, long stringBytes) {}

  @Setup(Level.Trial)
  public void generate() throws IOException {
    scratch = new ScratchDirectory("csv");
    visits = VisitsBlock.generate(scratch.resolve("bdb"), blockBytes);
    conf = new Configuration();
    split = new InputSplit(visits.file().toUri().toString(), 0, visits.bytes().length, List.of());
    allColumns = new ArrayList<>();
    for (int c = 0; c < VisitsBlock.COLUMNS; c++) {
      allColumns.add(new ProjectedColumn(c, "c" + c, TYPES[c]));
    }
    expected = splitAndParse();
  }

  @TearDown(Level.Trial)
  public void delete() {
    scratch.close();
  }

  @Benchmark
  public double delimitedReader() throws IOException {
    long rows = 0;
    long days = 0;
    double revenue = 0;
    long duration = 0;
    long stringBytes = 0;
    try (DelimitedReader reader = DelimitedReader.open(conf, split, DelimitedFormat.csv(),
        allColumns, BadRecordPolicy.FAIL)) {
      while (reader.next()) {
        rows++;
        days += reader.getDate(VISIT_DATE);
        revenue += reader.getDouble(AD_REVENUE);
        duration += reader.getInt(DURATION);
        for (int c = 0; c < TYPES.length; c++) {
          stringBytes += TYPES[c] == ColumnType.STRING ? reader.slice(c).length() : 0;
        }
      }
    }
    return check("delimitedReader", new Totals(rows, days, revenue, duration, stringBytes));
  }

  @Benchmark
  public double splitAndParseBaseline() throws IOException {
    return check("splitAndParseBaseline", splitAndParse());
  }

  private Totals splitAndParse() throws IOException {
    long rows = 0;
    long days = 0;
    double revenue = 0;
    long duration = 0;
    long stringBytes = 0;
    try (BufferedReader reader = Files.newBufferedReader(visits.file(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split(",");
        rows++;
        days += LocalDate.parse(fields[VISIT_DATE]).toEpochDay();
        revenue += Double.parseDouble(fields[AD_REVENUE]);
        duration += Integer.parseInt(fields[DURATION]);
        for (int c = 0; c < TYPES.length; c++) {
          stringBytes += TYPES[c] == ColumnType.STRING ? fields[c].length() : 0;
        }
      }
    }
    return new Totals(rows, days, revenue, duration, stringBytes);
  }

  private double check(String benchmark, Totals actual) {
    BenchmarkCheck.equal(benchmark, "rows", visits.rows(), actual.rows());
    BenchmarkCheck.equal(benchmark, "sum of visit days", expected.days(), actual.days());
    BenchmarkCheck.equal(benchmark, "sum of ad revenue", expected.revenue(), actual.revenue());
    BenchmarkCheck.equal(benchmark, "sum of durations", expected.duration(), actual.duration());
    BenchmarkCheck.equal(benchmark, "string bytes", expected.stringBytes(), actual.stringBytes());
    return actual.revenue();
  }
}
