package dev.marvel.bench.jmh;

import dev.marvel.runtime.io.BadRecordPolicy;
import dev.marvel.runtime.io.ByteSlice;
import dev.marvel.runtime.io.ColumnType;
import dev.marvel.runtime.io.DelimitedFormat;
import dev.marvel.runtime.io.DelimitedReader;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.ProjectedColumn;
import dev.marvel.runtime.task.KeyReader;
import dev.marvel.runtime.task.KeyWriter;
import dev.marvel.runtime.task.RowReader;
import dev.marvel.runtime.task.RowWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding and decoding the rows BDB Q2/Q3 shuffle — (sourceIP, visitDate, adRevenue, duration,
 * searchWord) from uservisits — one operation per block of rows:
 * <ul>
 *   <li>{@code rowCodec}: all rows into one {@link RowWriter} buffer (a shuffle blob), then read
 *       back in order with {@link RowReader}, strings as views;</li>
 *   <li>{@code keyCodec}: each row as an order-preserving {@link KeyWriter} key (searchWord,
 *       visitDate, adRevenue, sourceIP) decoded with {@link KeyReader}, as grouping and sorting do;</li>
 *   <li>{@code dataStreamBaseline}: the plain-Java blob, {@link DataOutputStream} into a byte array
 *       and {@link DataInputStream} back, each string read into its own array.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RecordCodecBenchmark {
  private static final int FIELDS = 5;

  @Param("4194304")
  public int blockBytes;

  private byte[][] sourceIps;
  private int[] visitDays;
  private double[] adRevenues;
  private int[] durations;
  private byte[][] searchWords;
  private long expectedDays;
  private double expectedRevenue;
  private long expectedDurations;
  private long expectedStringBytes;

  private final RowWriter rowWriter = new RowWriter();
  private final RowReader rowReader = new RowReader();
  private final KeyWriter keyWriter = new KeyWriter();
  private final KeyReader keyReader = new KeyReader();
  private final ByteSlice slice = new ByteSlice();
  private final ByteArrayOutputStream dataBytes = new ByteArrayOutputStream();

  /** One row as read in setup; the benchmarks keep the fields in columns. */
  private record VisitRow(byte[] sourceIp, int visitDay, double adRevenue, byte[] searchWord, int duration) {}

  @Setup(Level.Trial)
  public void generate() throws IOException {
    List<ProjectedColumn> columns = List.of(
        new ProjectedColumn(VisitsBlock.SOURCE_IP, "sourceIP", ColumnType.STRING),
        new ProjectedColumn(VisitsBlock.VISIT_DATE, "visitDate", ColumnType.DATE),
        new ProjectedColumn(VisitsBlock.AD_REVENUE, "adRevenue", ColumnType.DOUBLE),
        new ProjectedColumn(VisitsBlock.SEARCH_WORD, "searchWord", ColumnType.STRING),
        new ProjectedColumn(VisitsBlock.DURATION, "duration", ColumnType.INT));
    List<VisitRow> rows = new ArrayList<>();
    try (ScratchDirectory scratch = new ScratchDirectory("codec")) {
      VisitsBlock visits = VisitsBlock.generate(scratch.resolve("bdb"), blockBytes);
      InputSplit split = new InputSplit(visits.file().toUri().toString(), 0, visits.bytes().length, List.of());
      try (DelimitedReader reader = DelimitedReader.open(new Configuration(), split,
          DelimitedFormat.csv(), columns, BadRecordPolicy.FAIL)) {
        while (reader.next()) {
          rows.add(new VisitRow(reader.slice(0).toByteArray(), reader.getDate(1),
              reader.getDouble(2), reader.slice(3).toByteArray(), reader.getInt(4)));
        }
      }
    }
    int n = rows.size();
    sourceIps = new byte[n][];
    visitDays = new int[n];
    adRevenues = new double[n];
    searchWords = new byte[n][];
    durations = new int[n];
    for (int i = 0; i < n; i++) {
      VisitRow row = rows.get(i);
      sourceIps[i] = row.sourceIp();
      visitDays[i] = row.visitDay();
      adRevenues[i] = row.adRevenue();
      searchWords[i] = row.searchWord();
      durations[i] = row.duration();
      expectedDays += visitDays[i];
      expectedRevenue += adRevenues[i];
      expectedDurations += durations[i];
      expectedStringBytes += sourceIps[i].length + searchWords[i].length;
    }
  }

  @Benchmark
  public long rowCodec() {
    rowWriter.reset(FIELDS);
    for (int i = 0; i < sourceIps.length; i++) {
      if (i > 0) {
        rowWriter.begin(FIELDS);
      }
      rowWriter.writeBytes(sourceIps[i], 0, sourceIps[i].length);
      rowWriter.writeInt(visitDays[i]);
      rowWriter.writeDouble(adRevenues[i]);
      rowWriter.writeInt(durations[i]);
      rowWriter.writeBytes(searchWords[i], 0, searchWords[i].length);
    }
    byte[] blob = rowWriter.buffer();
    long days = 0;
    double revenue = 0;
    long duration = 0;
    long stringBytes = 0;
    int at = 0;
    for (int i = 0; i < sourceIps.length; i++) {
      rowReader.reset(blob, at, FIELDS);
      stringBytes += rowReader.readSlice(slice).length();
      days += rowReader.readInt();
      revenue += rowReader.readDouble();
      duration += rowReader.readInt();
      stringBytes += rowReader.readSlice(slice).length();
      at = rowReader.position();
    }
    BenchmarkCheck.equal("rowCodec", "blob bytes", rowWriter.length(), at);
    return check("rowCodec", days, revenue, duration, stringBytes);
  }

  @Benchmark
  public long keyCodec() {
    long days = 0;
    double revenue = 0;
    long stringBytes = 0;
    for (int i = 0; i < sourceIps.length; i++) {
      keyWriter.reset();
      keyWriter.writeBytes(searchWords[i], 0, searchWords[i].length, false);
      keyWriter.writeInt(visitDays[i], false);
      keyWriter.writeDouble(adRevenues[i], false);
      keyWriter.writeBytes(sourceIps[i], 0, sourceIps[i].length, false);
      keyReader.reset(keyWriter.buffer(), 0);
      stringBytes += keyReader.readSlice(slice).length();
      days += keyReader.readInt();
      revenue += keyReader.readDouble();
      stringBytes += keyReader.readSlice(slice).length();
    }
    // Keys carry no duration: it is a value, not part of the key.
    return check("keyCodec", days, revenue, expectedDurations, stringBytes);
  }

  @Benchmark
  public long dataStreamBaseline() throws IOException {
    dataBytes.reset();
    DataOutputStream out = new DataOutputStream(dataBytes);
    for (int i = 0; i < sourceIps.length; i++) {
      out.writeInt(sourceIps[i].length);
      out.write(sourceIps[i]);
      out.writeInt(visitDays[i]);
      out.writeDouble(adRevenues[i]);
      out.writeInt(durations[i]);
      out.writeInt(searchWords[i].length);
      out.write(searchWords[i]);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(dataBytes.toByteArray()));
    long days = 0;
    double revenue = 0;
    long duration = 0;
    long stringBytes = 0;
    for (int i = 0; i < sourceIps.length; i++) {
      byte[] ip = new byte[in.readInt()];
      in.readFully(ip);
      days += in.readInt();
      revenue += in.readDouble();
      duration += in.readInt();
      byte[] word = new byte[in.readInt()];
      in.readFully(word);
      stringBytes += ip.length + word.length;
    }
    return check("dataStreamBaseline", days, revenue, duration, stringBytes);
  }

  private long check(String benchmark, long days, double revenue, long duration, long stringBytes) {
    BenchmarkCheck.equal(benchmark, "sum of visit days", expectedDays, days);
    BenchmarkCheck.equal(benchmark, "sum of ad revenue", expectedRevenue, revenue);
    BenchmarkCheck.equal(benchmark, "sum of durations", expectedDurations, duration);
    BenchmarkCheck.equal(benchmark, "string bytes", expectedStringBytes, stringBytes);
    return days;
  }
}
