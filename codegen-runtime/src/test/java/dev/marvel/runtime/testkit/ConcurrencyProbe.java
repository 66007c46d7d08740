package dev.marvel.runtime.testkit;

/**
 * Counts how many test actions run at once. It lives in the test class path, the parent of
 * every action class loader, so all actions see the same counters — as actions share
 * codegen-runtime classes in a container.
 *
 * <p>When armed with a target, an entering action waits until {@code target} actions are inside
 * (or as many as are left of {@code total}), so a test observes the real concurrency instead of
 * racing it. The wait is bounded: a limit below the target would otherwise block forever.
 */
public final class ConcurrencyProbe {

  private static final Object LOCK = new Object();
  private static int inside;
  private static int maxInside;
  private static int target;
  private static int total;
  private static int exited;
  private static long maxWaitNanos;
  private static int interrupted;

  private ConcurrencyProbe() {}

  /** No waiting: just count. */
  public static void reset() {
    reset(0, 0, 0);
  }

  public static void reset(int waitForTarget, int totalTasks, long maxWaitMs) {
    synchronized (LOCK) {
      inside = 0;
      maxInside = 0;
      target = waitForTarget;
      total = totalTasks;
      exited = 0;
      maxWaitNanos = maxWaitMs * 1_000_000L;
      interrupted = 0;
    }
  }

  public static void enter() throws InterruptedException {
    synchronized (LOCK) {
      inside++;
      maxInside = Math.max(maxInside, inside);
      LOCK.notifyAll();
      long until = System.nanoTime() + maxWaitNanos;
      while (target > 0 && inside < Math.min(target, total - exited)
          && System.nanoTime() < until) {
        LOCK.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      }
    }
  }

  public static void exit() {
    synchronized (LOCK) {
      inside--;
      exited++;
      LOCK.notifyAll();
    }
  }

  /** Blocks the calling action until the invoker interrupts it (cancellation, timeout). */
  public static void hangUntilInterrupted() throws InterruptedException {
    try {
      synchronized (LOCK) {
        while (true) {
          LOCK.wait();
        }
      }
    } catch (InterruptedException e) {
      synchronized (LOCK) {
        interrupted++;
        LOCK.notifyAll();
      }
      throw e;
    }
  }

  /** Waits until {@code n} hung actions were interrupted, or 10 s passed; returns the count. */
  public static int awaitInterrupted(int n) throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    synchronized (LOCK) {
      while (interrupted < n && System.nanoTime() < until) {
        LOCK.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      }
      return interrupted;
    }
  }

  public static int maxInside() {
    synchronized (LOCK) {
      return maxInside;
    }
  }
}
