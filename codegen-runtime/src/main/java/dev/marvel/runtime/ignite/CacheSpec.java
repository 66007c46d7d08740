package dev.marvel.runtime.ignite;

/**
 * How Marvel lays out one of its caches: always PARTITIONED and ATOMIC (every update Marvel makes
 * is a single-key put or compare-and-set, so transactions would only add latency).
 *
 * @param name the cache name
 * @param group the cache group; caches of one group share partition maps, which keeps creating and
 *     destroying a cache per job cheap
 * @param dataRegion the data region, or {@code null} for the cluster's default region
 * @param backups copies kept besides the primary; 0 loses a node's share of data with the node
 */
public record CacheSpec(String name, String group, String dataRegion, int backups) {
  public CacheSpec {
    if (backups < 0) {
      throw new IllegalArgumentException("backups must be >= 0, got " + backups);
    }
  }
}
