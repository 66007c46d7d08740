package dev.marvel.bench.jmh;

import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.LineReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Reading every line of a text file as one split, as a map task's input does: {@link LineReader}
 * through Hadoop's local file system against {@link BufferedReader#readLine()}. The file sits in
 * the page cache, so this measures line finding, not the disk. One operation reads the whole file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LineReaderBenchmark {
  @Param("4194304")
  public int blockBytes;

  private ScratchDirectory scratch;
  private TextBlock block;
  private Configuration conf;
  private InputSplit split;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    scratch = new ScratchDirectory("lines");
    block = TextBlock.generate(scratch.resolve("text"), blockBytes);
    conf = new Configuration();
    split = new InputSplit(block.file().toUri().toString(), 0, block.bytes().length, List.of());
  }

  @TearDown(Level.Trial)
  public void delete() {
    scratch.close();
  }

  @Benchmark
  public long lineReader() throws IOException {
    long lines = 0;
    long bytes = 0;
    try (LineReader reader = LineReader.open(conf, split)) {
      while (reader.next()) {
        lines++;
        bytes += reader.line().length();
      }
      BenchmarkCheck.equal("lineReader", "bytes", block.bytes().length, reader.bytesRead());
    }
    BenchmarkCheck.equal("lineReader", "lines", block.lines(), lines);
    return bytes;
  }

  @Benchmark
  public long bufferedReaderBaseline() throws IOException {
    long lines = 0;
    long chars = 0;
    try (BufferedReader reader = Files.newBufferedReader(block.file(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines++;
        chars += line.length();
      }
    }
    BenchmarkCheck.equal("bufferedReaderBaseline", "lines", block.lines(), lines);
    return chars;
  }
}
