package dev.marvel.runtime.ignite;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteException;
import org.apache.ignite.IgniteSystemProperties;
import org.apache.ignite.Ignition;
import org.apache.ignite.configuration.ClientConnectorConfiguration;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.failure.StopNodeFailureHandler;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;

/**
 * An Ignite server node inside this JVM: the shuffle and state store of {@code marvelc run} and of
 * tests.
 *
 * <p>The node binds to 127.0.0.1 only, finds its peers through a static list (never multicast),
 * and takes discovery, communication and thin-client ports that were free at start, so two builds
 * or jobs on one host never join each other's cluster. A failure stops the node instead of halting
 * the JVM (Ignite's default handler calls {@code Runtime.halt()}, which would take a test JVM that
 * also hosts Hadoop down with it). Logging is limited to warnings; work files go under the given
 * directory.
 *
 * <p>Start time ({@link #startTime()}, printed once by {@code EmbeddedIgniteTest}), measured on the
 * 2-core reference machine while other builds loaded it to an average of 12–14: 8.0–10.6 s for
 * the first node of a JVM, 0.8–1.1 s for a further node in a warm JVM. STACK.md's figure for an
 * idle machine is 3.5–6 s cold. This is why {@code marvelc run} should start the node lazily or in
 * parallel with compilation.
 */
public final class EmbeddedIgnite implements AutoCloseable {
  /** Data region holding shuffle blobs, sized separately so shuffle cannot starve task state. */
  public static final String SHUFFLE_REGION = "marvel-shuffle";

  private static final int START_ATTEMPTS = 3;
  private static final AtomicInteger NODE_COUNTER = new AtomicInteger();

  /** How to start a node; {@link #defaults(Path)} suits a laptop run and tests. */
  public record Settings(Path workDir, long shuffleRegionMaxBytes, long defaultRegionMaxBytes,
      List<String> joinAddresses) {
    public Settings {
      joinAddresses = List.copyOf(joinAddresses);
    }

    /** A standalone node: 1 GiB of shuffle memory, 256 MiB for state and Ignite's own caches. */
    public static Settings defaults(Path workDir) {
      return new Settings(workDir, 1L << 30, 256L << 20, List.of());
    }

    public Settings withShuffleRegionMaxBytes(long bytes) {
      return new Settings(workDir, bytes, defaultRegionMaxBytes, joinAddresses);
    }

    /** Join the cluster whose discovery endpoints are given as {@code host:port}. */
    public Settings withJoinAddresses(List<String> addresses) {
      return new Settings(workDir, shuffleRegionMaxBytes, defaultRegionMaxBytes, addresses);
    }
  }

  private final Ignite ignite;
  private final int discoveryPort;
  private final int thinClientPort;
  private final Duration startTime;

  private EmbeddedIgnite(Ignite ignite, int discoveryPort, int thinClientPort, Duration startTime) {
    this.ignite = ignite;
    this.discoveryPort = discoveryPort;
    this.thinClientPort = thinClientPort;
    this.startTime = startTime;
  }

  /** Starts a standalone server node with {@link Settings#defaults(Path)}. */
  public static EmbeddedIgnite start(Path workDir) {
    return start(Settings.defaults(workDir));
  }

  /** Starts a server node; retries with fresh ports if another process took a probed one. */
  public static EmbeddedIgnite start(Settings settings) {
    quietIgniteProperties();
    IgniteException last = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      List<Integer> ports = LoopbackPorts.free(3);
      long started = System.nanoTime();
      try {
        Ignite ignite = Ignition.start(configuration(settings, ports.get(0), ports.get(1), ports.get(2)));
        return new EmbeddedIgnite(ignite, ports.get(0), ports.get(2),
            Duration.ofNanos(System.nanoTime() - started));
      } catch (IgniteException e) {
        if (!isPortTaken(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /** The running node, for code in this JVM that talks to Ignite directly. */
  public Ignite ignite() {
    return ignite;
  }

  /** A connection through this node's own API: no network hop, no serialization of values. */
  public IgniteConnection connection() {
    return IgniteConnection.of(ignite);
  }

  /** {@code 127.0.0.1:port} of the thin-client endpoint, handed to actions in other processes. */
  public String thinClientAddress() {
    return "127.0.0.1:" + thinClientPort;
  }

  /** {@code 127.0.0.1:port} of the discovery endpoint, for a second server node to join. */
  public String discoveryAddress() {
    return "127.0.0.1:" + discoveryPort;
  }

  /** Wall time {@link #start} spent in {@code Ignition.start} for this node. */
  public Duration startTime() {
    return startTime;
  }

  @Override
  public void close() {
    ignite.close();
  }

  private static IgniteConfiguration configuration(Settings settings, int discoveryPort,
      int communicationPort, int thinClientPort) {
    String localAddress = "127.0.0.1:" + discoveryPort;
    List<String> seeds = new ArrayList<>(settings.joinAddresses());
    seeds.add(localAddress);

    TcpDiscoverySpi discovery = new TcpDiscoverySpi()
        .setLocalAddress("127.0.0.1")
        .setLocalPort(discoveryPort)
        .setLocalPortRange(0)
        .setIpFinder(new TcpDiscoveryVmIpFinder().setAddresses(seeds));
    TcpCommunicationSpi communication = new TcpCommunicationSpi()
        .setLocalAddress("127.0.0.1")
        .setLocalPort(communicationPort)
        .setLocalPortRange(0);
    ClientConnectorConfiguration thinClients = new ClientConnectorConfiguration()
        .setHost("127.0.0.1")
        .setPort(thinClientPort)
        .setPortRange(0)
        .setJdbcEnabled(false)
        .setOdbcEnabled(false);

    DataStorageConfiguration storage = new DataStorageConfiguration()
        .setDefaultDataRegionConfiguration(new DataRegionConfiguration()
            .setName("default")
            .setInitialSize(Math.min(32L << 20, settings.defaultRegionMaxBytes()))
            .setMaxSize(settings.defaultRegionMaxBytes()))
        .setDataRegionConfigurations(new DataRegionConfiguration()
            .setName(SHUFFLE_REGION)
            .setInitialSize(Math.min(64L << 20, settings.shuffleRegionMaxBytes()))
            .setMaxSize(settings.shuffleRegionMaxBytes()));

    return new IgniteConfiguration()
        .setIgniteInstanceName("marvel-" + ProcessHandle.current().pid() + "-"
            + NODE_COUNTER.incrementAndGet())
        .setLocalHost("127.0.0.1")
        .setWorkDirectory(settings.workDir().toAbsolutePath().toString())
        .setDiscoverySpi(discovery)
        .setCommunicationSpi(communication)
        .setClientConnectorConfiguration(thinClients)
        .setDataStorageConfiguration(storage)
        .setFailureHandler(new StopNodeFailureHandler())
        .setPeerClassLoadingEnabled(false)
        .setMetricsLogFrequency(0)
        .setGridLogger(new WarningsOnlyLogger());
  }

  /** Ignite reads these once per JVM; set them only if the user has not chosen otherwise. */
  private static void quietIgniteProperties() {
    // Not quiet mode: quiet mode prints a start-up summary to stdout whatever the logger says.
    setIfAbsent(IgniteSystemProperties.IGNITE_QUIET, "false");
    setIfAbsent(IgniteSystemProperties.IGNITE_NO_ASCII, "true");
    setIfAbsent(IgniteSystemProperties.IGNITE_UPDATE_NOTIFIER, "false");
    setIfAbsent(IgniteSystemProperties.IGNITE_PERFORMANCE_SUGGESTIONS_DISABLED, "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static boolean isPortTaken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException
          || (t.getMessage() != null && t.getMessage().contains("Failed to bind"))) {
        return true;
      }
    }
    return false;
  }
}
