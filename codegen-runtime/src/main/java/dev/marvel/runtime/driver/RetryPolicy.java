package dev.marvel.runtime.driver;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How often and when a failed task runs again: exponential backoff with "equal jitter" (half
 * the delay fixed, half random) so retries of many tasks spread out. The jitter is seeded by the
 * attempt itself, so the same failure always waits the same time: no hidden nondeterminism.
 *
 * @param maxAttempts attempts per task, the first included
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    Objects.requireNonNull(initialDelay);
    Objects.requireNonNull(maxDelay);
  }

  public boolean canRetry(int failedAttempt) {
    return failedAttempt + 1 < maxAttempts;
  }

  /** The wait before the attempt after {@code failed}: up to initial·2^attempt, capped. */
  public Duration delayAfter(TaskAttempt failed) {
    long cap = Math.min(maxDelay.toMillis(),
        initialDelay.toMillis() << Math.min(failed.attempt(), 30));
    long seed = Objects.hash(failed.jobId(), failed.stageId(), failed.task(), failed.attempt());
    long half = cap / 2;
    return Duration.ofMillis(half + (cap - half == 0 ? 0
        : new SplittableRandom(seed).nextLong(cap - half + 1)));
  }
}
