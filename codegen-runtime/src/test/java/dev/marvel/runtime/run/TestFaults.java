package dev.marvel.runtime.run;

import dev.marvel.bundle.TaskPayload;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Faults the hand-written test actions obey, keyed {@code <kind> <stage> <task>}: {@code once}
 * throws on attempt 0, {@code always} on every attempt, {@code hang} blocks until interrupted
 * (after counting down {@link #hanging}). The actions run in the test JVM and see this class
 * through their class loader's parent.
 */
public final class TestFaults {
  private static final Set<String> FAULTS = ConcurrentHashMap.newKeySet();
  private static volatile CountDownLatch hanging = new CountDownLatch(1);

  private TestFaults() {}

  public static void inject(String kind, String stage, int task) {
    FAULTS.add(kind + " " + stage + " " + task);
  }

  public static void clear() {
    FAULTS.clear();
    hanging = new CountDownLatch(1);
  }

  /** Waits until a task with a {@code hang} fault is blocked. */
  public static void awaitHanging() throws InterruptedException {
    hanging.await();
  }

  public static void maybeFail(TaskPayload p) throws InterruptedException {
    String at = p.stageId() + " " + p.task();
    if (FAULTS.contains("hang " + at)) {
      hanging.countDown();
      new CountDownLatch(1).await();
    }
    if (FAULTS.contains("always " + at) || (p.attempt() == 0 && FAULTS.contains("once " + at))) {
      throw new IllegalStateException("injected failure in " + at);
    }
  }
}
