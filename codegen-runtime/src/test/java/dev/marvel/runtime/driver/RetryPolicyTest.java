package dev.marvel.runtime.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100),
      Duration.ofMillis(1000));

  @Test
  void threeAttemptsMeanTwoRetries() {
    assertTrue(policy.canRetry(0));
    assertTrue(policy.canRetry(1));
    assertFalse(policy.canRetry(2));
    assertEquals(3, RetryPolicy.DEFAULT.maxAttempts());
  }

  @Test
  void delaysGrowExponentiallyWithinHalfToFullOfTheCap() {
    for (int attempt = 0; attempt < 8; attempt++) {
      long cap = Math.min(1000, 100L << attempt);
      long delay = policy.delayAfter(new TaskAttempt("j", "s1", 4, attempt)).toMillis();
      assertTrue(delay >= cap / 2 && delay <= cap, attempt + ": " + delay + " vs cap " + cap);
    }
  }

  @Test
  void jitterIsDeterministicPerAttemptButSpreadsTasks() {
    TaskAttempt a = new TaskAttempt("j", "s1", 4, 1);
    assertEquals(policy.delayAfter(a), policy.delayAfter(new TaskAttempt("j", "s1", 4, 1)));
    Set<Duration> delays = new HashSet<>();
    for (int task = 0; task < 20; task++) {
      delays.add(policy.delayAfter(new TaskAttempt("j", "s1", task, 1)));
    }
    assertNotEquals(1, delays.size(), "tasks failing together do not retry together");
  }
}
