package dev.marvel.runtime.driver;

import dev.marvel.bundle.BadRecordPolicy;
import java.time.Clock;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a {@link Driver} runs jobs.
 *
 * @param maxInFlight task attempts running at once, over all stages (a stage's own
 *     {@code parallelism.max} can lower it further)
 * @param stores store endpoints passed to every task ({@code ignite} → address)
 * @param clock source of task deadlines (wall clock on OpenWhisk); never used for decisions
 */
public record DriverOptions(int maxInFlight, RetryPolicy retry, BadRecordPolicy badRecords,
    SortedMap<String, String> stores, Clock clock) {

  public DriverOptions {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
    }
    stores = new TreeMap<>(stores);
  }

  /** Two tasks per core, three attempts per task, bad records fail the task. */
  public static DriverOptions defaults() {
    return new DriverOptions(2 * Runtime.getRuntime().availableProcessors(), RetryPolicy.DEFAULT,
        BadRecordPolicy.FAIL, new TreeMap<>(), Clock.systemUTC());
  }

  public DriverOptions withMaxInFlight(int n) {
    return new DriverOptions(n, retry, badRecords, stores, clock);
  }

  public DriverOptions withRetry(RetryPolicy policy) {
    return new DriverOptions(maxInFlight, policy, badRecords, stores, clock);
  }

  public DriverOptions withBadRecords(BadRecordPolicy policy) {
    return new DriverOptions(maxInFlight, retry, policy, stores, clock);
  }

  public DriverOptions withStores(Map<String, String> endpoints) {
    return new DriverOptions(maxInFlight, retry, badRecords, new TreeMap<>(endpoints), clock);
  }

  public DriverOptions withClock(Clock c) {
    return new DriverOptions(maxInFlight, retry, badRecords, stores, c);
  }
}
