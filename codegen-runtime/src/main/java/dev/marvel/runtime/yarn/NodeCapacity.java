package dev.marvel.runtime.yarn;

import java.util.Locale;

/**
 * What one host offers, as YARN's RUNNING NodeManagers on it report: total and used vcores and
 * memory (summed when a host runs several NodeManagers).
 *
 * @param host lower-case host name, as HDFS block locations name DataNodes
 */
public record NodeCapacity(String host, int vcores, int usedVcores, long memoryMb,
    long usedMemoryMb) {

  public NodeCapacity {
    host = host.toLowerCase(Locale.ROOT);
  }

  public int freeVcores() {
    return Math.max(0, vcores - usedVcores);
  }

  public long freeMemoryMb() {
    return Math.max(0, memoryMb - usedMemoryMb);
  }

  /** How many tasks needing {@code taskVcores} and {@code taskMemoryMb} fit in what is free. */
  public long slots(int taskVcores, long taskMemoryMb) {
    return Math.min(freeVcores() / Math.max(1, taskVcores),
        freeMemoryMb() / Math.max(1, taskMemoryMb));
  }

  NodeCapacity plus(NodeCapacity other) {
    return new NodeCapacity(host, vcores + other.vcores, usedVcores + other.usedVcores,
        memoryMb + other.memoryMb, usedMemoryMb + other.usedMemoryMb);
  }
}
