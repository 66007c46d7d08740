package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.LineRecordReader;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;

/**
 * Reads a file split by split and checks it against two oracles: the plain line definition
 * over the whole file ({@link LineOracle}), and Hadoop's own LineRecordReader on each split.
 */
final class SplitReading {
  private SplitReading() {}

  /** Checks against both oracles; {@code hadoop} is null to skip the (slow, per-split) Hadoop one. */
  static void check(Configuration conf, String path, byte[] content, SplitSizing sizing,
      int bufferSize, TaskAttemptContextImpl hadoop) throws IOException {
    check(conf, path, content, sizing, bufferSize, null, hadoop);
  }

  /**
   * The same through {@link LineReader#nextContaining}: the lines read must be exactly the
   * oracles' lines holding {@code literal} (every line when null), and the bytes read must still
   * add up to the file.
   */
  static void check(Configuration conf, String path, byte[] content, SplitSizing sizing,
      int bufferSize, byte[] literal, TaskAttemptContextImpl hadoop) throws IOException {
    Predicate<String> wanted = literal == null ? text -> true
        : text -> text.contains(LineOracle.text(literal, 0, literal.length));
    List<InputSplit> splits = new SplitPlanner(conf, sizing).plan(List.of(path));
    String context = path + " split " + sizing + " buffer " + bufferSize
        + (literal == null ? "" : " literal " + LineOracle.text(literal, 0, literal.length));
    long expectedStart = 0;
    for (InputSplit split : splits) {
      assertEquals(expectedStart, split.start(), context + ": splits must tile the file");
      expectedStart = split.end();
    }
    assertEquals(content.length, expectedStart, context + ": splits must cover the file");

    List<LineOracle.Line> read = new ArrayList<>();
    long bytes = 0;
    for (InputSplit split : splits) {
      List<String> ours = new ArrayList<>();
      try (LineReader reader = LineReader.open(conf, split, bufferSize)) {
        while (literal == null ? reader.next() : reader.nextContaining(literal)) {
          ByteSlice line = reader.line();
          String text = LineOracle.text(line.bytes(), line.offset(), line.offset() + line.length());
          read.add(new LineOracle.Line(reader.lineOffset(), text));
          ours.add(text);
        }
        bytes += reader.bytesRead();
      }
      if (hadoop != null) {
        assertEquals(hadoopLines(hadoop, split).stream().filter(wanted).toList(), ours,
            context + ": split " + split + " vs Hadoop");
      }
    }
    assertEquals(LineOracle.lines(content).stream().filter(line -> wanted.test(line.text())).toList(), read, context);
    assertEquals(content.length, bytes, context + ": bytes read over all splits");
  }

  /** A context for Hadoop's reader; building one copies the configuration, so reuse it. */
  static TaskAttemptContextImpl hadoopContext(Configuration conf) {
    return new TaskAttemptContextImpl(conf, new TaskAttemptID());
  }

  private static List<String> hadoopLines(TaskAttemptContextImpl context, InputSplit split)
      throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineRecordReader reader = new LineRecordReader()) {
      reader.initialize(new FileSplit(new Path(split.path()), split.start(), split.length(), new String[0]),
          context);
      while (reader.nextKeyValue()) {
        Text value = reader.getCurrentValue();
        lines.add(LineOracle.text(value.getBytes(), 0, value.getLength()));
      }
    }
    return lines;
  }
}
