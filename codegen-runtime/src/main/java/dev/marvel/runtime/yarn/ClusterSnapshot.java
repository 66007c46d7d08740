package dev.marvel.runtime.yarn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster's free capacity at one moment, by host, and the two answers the driver needs from
 * it: how many tasks of a size fit, and which of a split's block hosts to prefer.
 */
public final class ClusterSnapshot {
  /** Free capacity first (vcores, then memory); the host name breaks ties, for determinism. */
  private static final Comparator<NodeCapacity> MOST_FREE_FIRST =
      Comparator.comparingInt(NodeCapacity::freeVcores).reversed()
          .thenComparing(Comparator.comparingLong(NodeCapacity::freeMemoryMb).reversed())
          .thenComparing(NodeCapacity::host);

  private final Map<String, NodeCapacity> hosts;

  /** @param nodes one entry per RUNNING NodeManager; several on one host are added up */
  public ClusterSnapshot(List<NodeCapacity> nodes) {
    Map<String, NodeCapacity> byHost = new TreeMap<>();
    for (NodeCapacity node : nodes) {
      byHost.merge(node.host(), node, NodeCapacity::plus);
    }
    this.hosts = byHost;
  }

  public boolean isEmpty() {
    return hosts.isEmpty();
  }

  /** The hosts with their capacity, by name. */
  public List<NodeCapacity> hosts() {
    return List.copyOf(hosts.values());
  }

  /**
   * Tasks of {@code taskVcores} and {@code taskMemoryMb} that fit at once: per host, the smaller
   * of its free vcores and free memory in task units (a task cannot span hosts), summed.
   */
  public long slots(int taskVcores, long taskMemoryMb) {
    long slots = 0;
    for (NodeCapacity host : hosts.values()) {
      slots += host.slots(taskVcores, taskMemoryMb);
    }
    return slots;
  }

  /**
   * The block hosts that are RUNNING NodeManager hosts, most free capacity first. A block on a
   * host without a NodeManager is no reason to go there: nothing runs tasks on it.
   */
  public List<String> placement(List<String> blockHosts) {
    List<NodeCapacity> candidates = new ArrayList<>();
    for (String host : blockHosts) {
      NodeCapacity node = hosts.get(host.toLowerCase(Locale.ROOT));
      if (node != null && !candidates.contains(node)) {
        candidates.add(node);
      }
    }
    candidates.sort(MOST_FREE_FIRST);
    return candidates.stream().map(NodeCapacity::host).toList();
  }

  @Override
  public String toString() {
    return hosts.values().toString();
  }
}
