package dev.marvel.runtime.yarn;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the driver asks YARN.
 *
 * @param rmAddress the ResourceManager's client RPC address, {@code HOST:PORT} (port 8032 by
 *     default; {@code yarn.resourcemanager.address})
 * @param concurrencyLimit at most this many attempts of a stage at once whatever YARN says (on
 *     OpenWhisk: the namespace's concurrent-invocation limit less the driver's own activation)
 * @param refreshEvery how old the capacity may get before the driver asks again
 * @param connectWait how long to keep trying an RM that does not answer before giving up
 * @param clock decides when a refresh is due (tests move it by hand)
 */
public record YarnSettings(String rmAddress, int concurrencyLimit, Duration refreshEvery,
    Duration connectWait, Clock clock) {

  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(10);
  public static final Duration DEFAULT_CONNECT_WAIT = Duration.ofSeconds(10);

  public YarnSettings {
    requireAddress(rmAddress);
    if (concurrencyLimit < 1) {
      throw new IllegalArgumentException("concurrency limit must be at least 1, was "
          + concurrencyLimit);
    }
    Objects.requireNonNull(refreshEvery);
    Objects.requireNonNull(connectWait);
    Objects.requireNonNull(clock);
  }

  /**
   * Checks that {@code address} reads as {@code HOST:PORT}.
   *
   * @throws IllegalArgumentException saying what is expected when it does not
   */
  public static String requireAddress(String address) {
    Objects.requireNonNull(address);
    if (!address.matches("[^:\\s]+:\\d{1,5}")) {
      throw new IllegalArgumentException("YARN ResourceManager address '" + address
          + "' is not HOST:PORT (e.g. rm1:8032)");
    }
    return address;
  }

  /** No limit but YARN's, a refresh every 10 s, 10 s to reach the RM. */
  public static YarnSettings of(String rmAddress) {
    return new YarnSettings(rmAddress, Integer.MAX_VALUE, DEFAULT_REFRESH, DEFAULT_CONNECT_WAIT,
        Clock.systemUTC());
  }

  public YarnSettings withConcurrencyLimit(int limit) {
    return new YarnSettings(rmAddress, limit, refreshEvery, connectWait, clock);
  }

  public YarnSettings withRefreshEvery(Duration every) {
    return new YarnSettings(rmAddress, concurrencyLimit, every, connectWait, clock);
  }

  public YarnSettings withConnectWait(Duration wait) {
    return new YarnSettings(rmAddress, concurrencyLimit, refreshEvery, wait, clock);
  }

  public YarnSettings withClock(Clock c) {
    return new YarnSettings(rmAddress, concurrencyLimit, refreshEvery, connectWait, c);
  }
}
