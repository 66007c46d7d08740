package dev.marvel.runtime.yarn;

import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.ClusterCapacity;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.exceptions.YarnException;

/**
 * The width and placement of tasks from a YARN ResourceManager's RUNNING node reports. Marvel
 * launches no YARN containers: YARN is the cluster's ledger of what each host may give, and
 * NodeManagers are configured with what the host's OpenWhisk invoker may use (docs/deploy.md).
 *
 * <p>A stage's width is the number of its tasks that fit in the free resources — per host, free
 * vcores over the task's vcores (1: OpenWhisk gives an action one share of a core) and free
 * memory over the stage's {@code limits.memoryMb}, summed over hosts — capped by the
 * concurrency limit, and at least 1. The answer is cached and asked again, in the background,
 * when it is older than {@link YarnSettings#refreshEvery()}.
 *
 * <p>Failure policy, chosen for an operator: an RM that cannot be reached when the job starts
 * fails the run at once ({@link #connect}), naming the address — the operator asked for YARN,
 * and silently running at another width hides a misconfiguration. An RM lost <em>during</em> a
 * job only stops the refreshes: the driver keeps the last capacity and logs a warning, because
 * killing a running job over its scheduler's monitor would be worse.
 */
public final class YarnCapacity implements ClusterCapacity, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(YarnCapacity.class.getName());
  /** OpenWhisk gives an action a share of a core, not several: one vcore per task. */
  static final int TASK_VCORES = 1;

  private final YarnSettings settings;
  private final YarnClient client;
  /** One daemon thread asks YARN, so a slow or lost RM never holds up the driver. */
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marvel-yarn-capacity");
    t.setDaemon(true);
    return t;
  });
  private ClusterSnapshot snapshot;
  private Instant refreshed;
  private CompletableFuture<Void> refreshing = CompletableFuture.completedFuture(null);
  private boolean warned;

  private YarnCapacity(YarnSettings settings, YarnClient client, ClusterSnapshot first) {
    this.settings = settings;
    this.client = client;
    this.snapshot = first;
    this.refreshed = settings.clock().instant();
  }

  /**
   * Connects to the RM and reads the first snapshot.
   *
   * @param hadoop the rest of the client configuration ({@code yarn-site.xml}, security)
   * @throws YarnUnreachableException when the RM does not answer within
   *     {@link YarnSettings#connectWait()} or reports no RUNNING NodeManager
   */
  public static YarnCapacity connect(YarnSettings settings, Configuration hadoop)
      throws YarnUnreachableException {
    YarnClient client = YarnClient.createYarnClient();
    client.init(clientConfiguration(settings, hadoop));
    client.start();
    try {
      ClusterSnapshot first = read(client);
      if (first.isEmpty()) {
        throw new YarnUnreachableException("the YARN ResourceManager at " + settings.rmAddress()
            + " reports no RUNNING NodeManager, so the cluster has no capacity to run on\n"
            + "  = help: start the NodeManagers (`yarn node -list -all` shows their state),"
            + " or run without YARN", null);
      }
      return new YarnCapacity(settings, client, first);
    } catch (IOException | YarnException | RuntimeException e) {
      client.stop();
      throw new YarnUnreachableException("cannot reach the YARN ResourceManager at "
          + settings.rmAddress() + " within " + settings.connectWait().toSeconds() + " s: "
          + firstLine(e) + "\n  = help: check that the ResourceManager runs there and that this"
          + " is its client address (yarn.resourcemanager.address, port 8032 by default), or run"
          + " without YARN (stages then run as wide as the driver's own limit allows)", e);
    } catch (YarnUnreachableException e) {
      client.stop();
      throw e;
    }
  }

  @Override
  public int width(Stage stage) {
    long slots = current().slots(TASK_VCORES, stage.limits().memoryMb());
    return (int) Math.max(1, Math.min(slots, settings.concurrencyLimit()));
  }

  @Override
  public List<String> placement(List<String> blockHosts) {
    return current().placement(blockHosts);
  }

  /**
   * The latest capacity read. When it is older than the refresh interval, a refresh starts in
   * the background and a later call sees its result: the driver's thread never waits for YARN.
   */
  public synchronized ClusterSnapshot current() {
    Instant now = settings.clock().instant();
    if (refreshing.isDone() && !now.isBefore(refreshed.plus(settings.refreshEvery()))) {
      refreshed = now;
      refreshing = CompletableFuture.runAsync(this::refresh, refresher);
    }
    return snapshot;
  }

  /** Waits for a refresh in progress, if any (tests: to see its result deterministically). */
  void awaitRefresh() {
    CompletableFuture<Void> inProgress;
    synchronized (this) {
      inProgress = refreshing;
    }
    inProgress.join();
  }

  private void refresh() {
    try {
      ClusterSnapshot next = read(client);
      synchronized (this) {
        if (!next.isEmpty()) {
          snapshot = next;
        }
        warned = false;
      }
    } catch (IOException | YarnException | RuntimeException e) {
      synchronized (this) {
        if (!warned) {
          LOG.log(System.Logger.Level.WARNING, "cannot refresh the cluster capacity from the"
              + " YARN ResourceManager at " + settings.rmAddress() + "; keeping the last one ("
              + snapshot + "): " + firstLine(e));
          warned = true;
        }
      }
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    client.stop();
  }

  private static ClusterSnapshot read(YarnClient client) throws IOException, YarnException {
    List<NodeCapacity> nodes = new ArrayList<>();
    for (NodeReport report : client.getNodeReports(NodeState.RUNNING)) {
      Resource total = report.getCapability();
      Resource used = report.getUsed();
      nodes.add(new NodeCapacity(report.getNodeId().getHost(), total.getVirtualCores(),
          used == null ? 0 : used.getVirtualCores(), total.getMemorySize(),
          used == null ? 0 : used.getMemorySize()));
    }
    return new ClusterSnapshot(nodes);
  }

  /**
   * The RM address from the settings; retries bounded by {@code connectWait} instead of YARN's
   * 15 minutes, and no extra retries inside each IPC call (10 × 1 s by default), so an
   * unreachable RM is reported in seconds.
   */
  private static YarnConfiguration clientConfiguration(YarnSettings settings,
      Configuration hadoop) {
    YarnConfiguration conf = new YarnConfiguration(hadoop);
    conf.set(YarnConfiguration.RM_ADDRESS, settings.rmAddress());
    long waitMs = Math.max(1, settings.connectWait().toMillis());
    conf.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_MAX_WAIT_MS, waitMs);
    conf.setLong(YarnConfiguration.RESOURCEMANAGER_CONNECT_RETRY_INTERVAL_MS,
        Math.min(waitMs, 500));
    conf.setInt("ipc.client.connect.max.retries", 0);
    conf.setInt("ipc.client.connect.max.retries.on.timeouts", 0);
    conf.setInt("ipc.client.connect.timeout", (int) Math.min(waitMs, 5_000));
    return conf;
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf("; For more details see");
    message = cut >= 0 ? message.substring(0, cut) : message;
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }
}
