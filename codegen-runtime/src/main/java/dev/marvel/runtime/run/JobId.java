package dev.marvel.runtime.run;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Job ids of local runs: {@code <pipeline>-<UTC yyyyMMdd-HHmmss>-<4 hex digits>}, readable in
 * logs and state, sorted by time, and unique enough that two runs started in the same second
 * (which write to different outputs anyway) never share shuffle data or state records.
 */
public final class JobId {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private JobId() {}

  public static String next(String pipeline, Clock clock) {
    String name = pipeline.replaceAll("[^A-Za-z0-9_.-]", "_");
    if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))) {
      name = "job" + name;
    }
    if (name.length() > 100) {
      name = name.substring(0, 100);
    }
    return name + "-" + STAMP.format(clock.instant()) + "-"
        + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
  }
}
