package dev.marvel.runtime.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of a capacity snapshot: slots per host, and ranking block hosts for placement. */
class ClusterSnapshotTest {

  private static final ClusterSnapshot CLUSTER = new ClusterSnapshot(List.of(
      new NodeCapacity("W1.example", 8, 6, 16_384, 4_096),   // 2 vcores, 12 GiB free
      new NodeCapacity("w2.example", 8, 0, 4_096, 3_072),    // 8 vcores, 1 GiB free
      new NodeCapacity("w3.example", 4, 0, 8_192, 0),        // 4 vcores, 8 GiB free
      new NodeCapacity("w3.example", 4, 4, 8_192, 8_192)));  // a second, full NM on w3

  @Test
  void aTaskFitsOnOneHostByBothItsVcoreAndItsMemory() {
    // w1: min(2, 12) = 2; w2: min(8, 1) = 1; w3: min(4, 8) = 4 (the full NM adds nothing).
    assertEquals(7, CLUSTER.slots(1, 1024));
    // 4 GiB tasks: w1 min(2, 3) = 2, w2 0, w3 min(4, 2) = 2.
    assertEquals(4, CLUSTER.slots(1, 4096));
  }

  @Test
  void placementKeepsBlockHostsWithANodeManagerMostFreeFirst() {
    assertEquals(List.of("w2.example", "w3.example", "w1.example"),
        CLUSTER.placement(List.of("w1.example", "W3.EXAMPLE", "w2.example", "dn9.example")),
        "free vcores decide; names compare without case; a DataNode-only host is dropped");
    assertEquals(List.of(), CLUSTER.placement(List.of("dn9.example")));
  }

  @Test
  void equalCapacityIsRankedByHostName() {
    ClusterSnapshot twins = new ClusterSnapshot(List.of(new NodeCapacity("b", 2, 0, 2048, 0),
        new NodeCapacity("a", 2, 0, 2048, 0)));
    assertEquals(List.of("a", "b"), twins.placement(List.of("b", "a")));
  }
}
