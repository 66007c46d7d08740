package dev.marvel.runtime.driver;

import dev.marvel.bundle.Stage;
import java.util.List;

/**
 * One machine: every stage may use all of its task slots, and there is nowhere else to place a
 * task. The default, so a driver without a cluster behaves as before capacities existed.
 */
public final class LocalCapacity implements ClusterCapacity {
  private final int slots;

  /** @param slots attempts this machine runs at once (the driver's {@code maxInFlight}) */
  public LocalCapacity(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1, was " + slots);
    }
    this.slots = slots;
  }

  @Override
  public int width(Stage stage) {
    return slots;
  }

  @Override
  public List<String> placement(List<String> blockHosts) {
    return List.of();
  }
}
