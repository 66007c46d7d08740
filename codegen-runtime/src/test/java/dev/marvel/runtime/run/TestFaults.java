package dev.marvel.runtime.run;

import dev.marvel.bundle.TaskPayload;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults the hand-written test actions obey, keyed {@code <kind> <stage> <task>}: {@code once}
 * throws on attempt 0, {@code always} on every attempt. The actions run in the test JVM and see
 * this class through their class loader's parent.
 */
public final class TestFaults {
  private static final Set<String> FAULTS = ConcurrentHashMap.newKeySet();

  private TestFaults() {}

  public static void inject(String kind, String stage, int task) {
    FAULTS.add(kind + " " + stage + " " + task);
  }

  public static void clear() {
    FAULTS.clear();
  }

  public static void maybeFail(TaskPayload p) {
    String at = p.stageId() + " " + p.task();
    if (FAULTS.contains("always " + at) || (p.attempt() == 0 && FAULTS.contains("once " + at))) {
      throw new IllegalStateException("injected failure in " + at);
    }
  }
}
