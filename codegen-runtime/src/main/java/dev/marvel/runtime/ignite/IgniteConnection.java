package dev.marvel.runtime.ignite;

import java.util.Collection;
import java.util.Optional;
import org.apache.ignite.Ignite;
import org.apache.ignite.Ignition;
import org.apache.ignite.client.ClientException;
import org.apache.ignite.configuration.ClientConfiguration;

/**
 * A way to reach Marvel's Ignite caches: through a node in this JVM ({@link #of(Ignite)}) or over
 * the network ({@link #connect(String)}).
 *
 * <p>Remote processes connect as <em>thin clients</em>, not client nodes. An action lives for
 * seconds in a 128–512 MB container: a client node joins the discovery ring (6–8 s measured here),
 * triggers a partition-map exchange on every server for each join and leave, and carries a full
 * Ignite runtime in the action's heap; a thin client is one TCP connection to a server's
 * client port, opens in milliseconds, and moves 320–370 MB/s on loopback — enough for shuffle
 * batches. Closing the connection never stops a node.
 */
public interface IgniteConnection extends AutoCloseable {
  /** Creates the cache if it does not exist yet, else opens it; safe to call from many processes. */
  <K, V> KeyValueCache<K, V> cache(CacheSpec spec);

  /** Drops a cache and all its entries; nothing happens if it does not exist. */
  void destroyCache(String name);

  Collection<String> cacheNames();

  /**
   * How full a data region of this JVM's node is; empty over a thin client, whose protocol carries
   * no metrics. A full in-memory region is a critical failure that stops the node, so writers that
   * can see the region check it first.
   */
  Optional<RegionUsage> regionUsage(String region);

  @Override
  void close();

  /** A connection through a node of this JVM; closing it leaves the node running. */
  static IgniteConnection of(Ignite ignite) {
    return new NodeConnection(ignite);
  }

  /**
   * Connects as a thin client to servers' client endpoints, {@code host:port[,host:port…]}; the
   * client fails over between the servers listed.
   *
   * @throws IllegalArgumentException if an address is malformed or no server answers
   */
  static IgniteConnection connect(String addresses) {
    String[] endpoints = addresses.split(",");
    for (String endpoint : endpoints) {
      int colon = endpoint.lastIndexOf(':');
      if (colon <= 0 || colon == endpoint.length() - 1) {
        throw new IllegalArgumentException("Ignite address '" + endpoint + "' is not host:port;"
            + " give the thin-client endpoint of a server, e.g. 127.0.0.1:10800");
      }
    }
    try {
      return new ThinClientConnection(Ignition.startClient(
          new ClientConfiguration().setAddresses(endpoints)));
    } catch (ClientException e) {
      throw new IllegalArgumentException("cannot reach an Ignite server at " + addresses
          + " (" + e.getMessage() + "); check that the cluster is running and that this is its"
          + " thin-client port", e);
    }
  }
}
