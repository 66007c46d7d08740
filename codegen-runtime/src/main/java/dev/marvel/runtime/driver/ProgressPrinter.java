package dev.marvel.runtime.driver;

import dev.marvel.bundle.TaskCounters;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows a job's progress on stderr. On a terminal, one line rewritten in place ({@code \r}); in
 * a log (no console), plain lines at stage boundaries and every tenth of a stage's tasks. Ends
 * with a table of what each stage did.
 */
public final class ProgressPrinter implements ProgressListener {

  private final PrintStream out;
  private final boolean terminal;
  private int lineLength;

  public ProgressPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Prints to stderr, rewriting one line when a person is watching. */
  public static ProgressPrinter forStderr() {
    return new ProgressPrinter(System.err, System.console() != null);
  }

  @Override
  public synchronized void on(ProgressEvent event) {
    if (event instanceof ProgressEvent.StageStarted e) {
      line("stage " + e.stageId() + ": " + e.tasks() + " tasks (" + e.operators() + ")");
    } else if (event instanceof ProgressEvent.TaskFinished e) {
      String text = "stage " + e.stageId() + ": " + e.tasksDone() + "/" + e.tasks() + " tasks, "
          + count(e.stageTotals().recordsIn()) + " rows in, "
          + bytes(e.stageTotals().bytesIn()) + " in";
      if (terminal) {
        overwrite(text);
      } else if (e.tasksDone() < e.tasks() && crossesTenth(e.tasksDone(), e.tasks())) {
        out.println(text);
      }
    } else if (event instanceof ProgressEvent.TaskRetrying e) {
      line("stage " + e.stageId() + ", task " + e.task() + ": attempt " + (e.failedAttempt() + 1)
          + " failed, retrying: " + e.error());
    } else if (event instanceof ProgressEvent.StageFinished e) {
      line("stage " + e.summary().stageId() + ": done, " + e.summary().tasks() + " tasks in "
          + time(e.summary().elapsed()));
    } else if (event instanceof ProgressEvent.JobFinished e) {
      clear();
      out.print(table(e.summary()));
    } else if (event instanceof ProgressEvent.JobFailed e) {
      line("job " + e.jobId() + " failed");
    }
    out.flush();
  }

  /** The summary table: one row per stage and a total. */
  public static String table(JobSummary summary) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"stage", "tasks", "time", "rows in", "rows out", "bytes in",
        "bytes out", "shuffle", "bad records"});
    TaskCounters total = TaskCounters.ZERO;
    int tasks = 0;
    for (StageSummary s : summary.stages()) {
      rows.add(row(s.stageId(), s.tasks(), s.elapsed(), s.totals()));
      total = total.plus(s.totals());
      tasks += s.tasks();
    }
    rows.add(row("total", tasks, summary.elapsed(), total));
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String cell = i == 0 ? pad(r[i], width[i], false) : pad(r[i], width[i], true);
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static String[] row(String name, int tasks, Duration elapsed, TaskCounters c) {
    return new String[] {name, Integer.toString(tasks), time(elapsed), count(c.recordsIn()),
        count(c.recordsOut()), bytes(c.bytesIn()), bytes(c.bytesOut()), bytes(c.shuffleBytes()),
        count(c.badRecords())};
  }

  private static boolean crossesTenth(int done, int total) {
    return done * 10 / total != (done - 1) * 10 / total;
  }

  private void line(String text) {
    clear();
    out.println(text);
  }

  private void overwrite(String text) {
    out.print("\r" + text + " ".repeat(Math.max(0, lineLength - text.length())));
    lineLength = text.length();
  }

  private void clear() {
    if (terminal && lineLength > 0) {
      out.print("\r" + " ".repeat(lineLength) + "\r");
      lineLength = 0;
    }
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  static String time(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
  }
}
