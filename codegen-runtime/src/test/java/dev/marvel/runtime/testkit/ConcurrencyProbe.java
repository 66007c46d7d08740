package dev.marvel.runtime.testkit;

/**
 * Counts how many test actions run at once. It lives in the test class path, the parent of
 * every action class loader, so all actions see the same counters — as actions share
 * codegen-runtime classes in a container.
 *
 * <p>When armed with a target, an entering action waits (up to a bound) until {@code target}
 * actions are inside, so a test observes the real concurrency instead of racing it.
 */
public final class ConcurrencyProbe {

  private static final Object LOCK = new Object();
  private static int inside;
  private static int maxInside;
  private static int target;
  private static int interrupted;

  private ConcurrencyProbe() {}

  public static void reset(int waitForTarget) {
    synchronized (LOCK) {
      inside = 0;
      maxInside = 0;
      target = waitForTarget;
      interrupted = 0;
    }
  }

  public static void enter() throws InterruptedException {
    synchronized (LOCK) {
      inside++;
      maxInside = Math.max(maxInside, inside);
      LOCK.notifyAll();
      long until = System.nanoTime() + 300_000_000L;
      // Bounded: the last few tasks of a stage can never reach the target.
      while (target > 0 && inside < target && System.nanoTime() < until) {
        LOCK.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      }
    }
  }

  public static void exit() {
    synchronized (LOCK) {
      inside--;
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
