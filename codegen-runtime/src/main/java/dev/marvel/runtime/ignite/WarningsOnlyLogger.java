package dev.marvel.runtime.ignite;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ignite.IgniteLogger;

/**
 * Ignite's log for an embedded node: warnings and errors go to the {@code java.util.logging}
 * logger {@code org.apache.ignite}; information and debug messages, and the start-up advice meant
 * for dedicated server hosts, are dropped so a {@code marvelc run} or a test prints nothing
 * unless something is wrong.
 */
final class WarningsOnlyLogger implements IgniteLogger {
  /** Advice about JVM flags and queue limits that does not apply to a loopback-only embedded node. */
  private static final List<String> SERVER_HOST_ADVICE = List.of(
      "Please set system property '-Djava.net.preferIPv4Stack=true'",
      "Initial heap size is",
      "Message queue limit is set to 0",
      "Logging at INFO level without checking if INFO level is enabled");

  private final Logger logger = Logger.getLogger("org.apache.ignite");

  @Override
  public IgniteLogger getLogger(Object category) {
    return this;
  }

  @Override
  public void trace(String msg) {}

  @Override
  public void debug(String msg) {}

  @Override
  public void info(String msg) {}

  @Override
  public void warning(String msg, Throwable e) {
    if (msg != null && SERVER_HOST_ADVICE.stream().anyMatch(msg::startsWith)) {
      return;
    }
    logger.log(Level.WARNING, msg, e);
  }

  @Override
  public void error(String msg, Throwable e) {
    logger.log(Level.SEVERE, msg, e);
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isInfoEnabled() {
    return false;
  }

  @Override
  public boolean isQuiet() {
    return false;
  }

  @Override
  public String fileName() {
    return null;
  }
}
