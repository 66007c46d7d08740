package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as its own process under GNU time, which reports the CPU time and the peak RSS
 * of the process tree's largest member; wall time is measured here around the whole run.
 */
public final class ProcessTimer {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path scratch;

  public ProcessTimer(Path scratch) {
    this.scratch = scratch;
  }

  /** Runs {@code command}; throws with the tail of its output if it fails or overruns {@code timeoutSeconds}. */
  public Measurement run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path log = Files.createTempFile(scratch, "run", ".log");
    Measurement m = run(command, timeoutSeconds, log);
    Files.delete(log);
    return m;
  }

  /** As {@link #run(List, long)}, keeping the process's stdout and stderr in {@code log}. */
  public Measurement run(List<String> command, long timeoutSeconds, Path log) throws IOException, InterruptedException {
    if (!Files.isExecutable(GNU_TIME)) {
      throw new IllegalStateException("bench needs GNU time at /usr/bin/time (Debian package 'time')");
    }
    Files.createDirectories(scratch);
    Path report = Files.createTempFile(scratch, "time", ".txt");
    List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", report.toString()));
    timed.addAll(command);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command) + "\n" + tail(log));
    }
    String[] f = Files.readString(report).trim().split("\\s+");
    long cpu = Math.round((Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2])) * 1000);
    Files.delete(report);
    return new Measurement(wall, cpu, Long.parseLong(f[f.length - 1]));
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
