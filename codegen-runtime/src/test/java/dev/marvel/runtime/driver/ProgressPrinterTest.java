package dev.marvel.runtime.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.bundle.TaskCounters;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  private static final StageSummary S1 = new StageSummary("s1", "read text | explode", 2, 3,
      new TaskCounters(20, 10, 2048, 100, 1, 100), Duration.ofMillis(1500));
  private static final StageSummary S2 = new StageSummary("s2", "count | write tsv", 1, 1,
      new TaskCounters(10, 3, 100, 30, 0, 0), Duration.ofMillis(20));

  private static final List<ProgressEvent> EVENTS = List.of(
      new ProgressEvent.StageStarted("s1", "read text | explode", 2),
      new ProgressEvent.TaskFinished("s1", 1, 2, new TaskCounters(10, 5, 100, 50, 0, 50)),
      new ProgressEvent.TaskRetrying("s1", 1, 0, "boom"),
      new ProgressEvent.TaskFinished("s1", 2, 2, S1.totals()),
      new ProgressEvent.StageFinished(S1),
      new ProgressEvent.JobFinished(new JobSummary("wc-1", List.of(S1, S2),
          Duration.ofMillis(1600))));

  private static final String TABLE = ""
      + "stage  tasks    time  rows in  rows out  bytes in  bytes out  shuffle  bad records\n"
      + "s1         2  1.50 s       20        10   2.0 KiB      100 B    100 B            1\n"
      + "s2         1   20 ms       10         3     100 B       30 B      0 B            0\n"
      + "total      3  1.60 s       30        13   2.1 KiB      130 B    100 B            1\n";

  private static String print(boolean terminal) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true,
        StandardCharsets.UTF_8), terminal);
    EVENTS.forEach(printer::on);
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void inALogPrintsPlainLinesAndTheSummary() {
    assertEquals("stage s1: 2 tasks (read text | explode)\n"
        + "stage s1: 1/2 tasks, 10 rows in, 100 B in\n"
        + "stage s1, task 1: attempt 1 failed, retrying: boom\n"
        + "stage s1: done, 2 tasks in 1.50 s\n"
        + TABLE, print(false));
  }

  @Test
  void onATerminalRewritesOneLine() {
    String progress1 = "stage s1: 1/2 tasks, 10 rows in, 100 B in";
    String progress2 = "stage s1: 2/2 tasks, 20 rows in, 2.0 KiB in";
    assertEquals("stage s1: 2 tasks (read text | explode)\n"
        + "\r" + progress1
        + "\r" + " ".repeat(progress1.length()) + "\r"
        + "stage s1, task 1: attempt 1 failed, retrying: boom\n"
        + "\r" + progress2
        + "\r" + " ".repeat(progress2.length()) + "\r"
        + "stage s1: done, 2 tasks in 1.50 s\n"
        + TABLE, print(true));
  }

  @Test
  void humanUnits() {
    assertEquals("1023 B", ProgressPrinter.bytes(1023));
    assertEquals("1.5 MiB", ProgressPrinter.bytes(3 << 19));
    assertEquals("1,234,567", ProgressPrinter.count(1_234_567));
    assertEquals("999 ms", ProgressPrinter.time(Duration.ofMillis(999)));
  }
}
