package dev.marvel.runtime.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Stage;
import dev.marvel.runtime.driver.TaskPlanner;
import dev.marvel.runtime.run.HandWrittenWordCount;
import dev.marvel.runtime.run.JobRunner;
import dev.marvel.runtime.run.RunOptions;
import dev.marvel.runtime.run.RunSetupException;
import dev.marvel.runtime.run.SplitTaskPlanner;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.api.records.NodeId;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.NodeState;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.api.records.ResourceOption;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.apache.hadoop.yarn.server.api.protocolrecords.UpdateNodeResourceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link YarnCapacity} against one real MiniYARNCluster (1 RM, 2 NodeManagers of 2 vcores and
 * 4 GiB each, both on this host) and one MiniDFSCluster whose DataNodes are {@code dn1.test}
 * (no NodeManager there) and the NodeManagers' host, shared by the class. The last test stops
 * the ResourceManager.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YarnCapacityTest {
  private static final int NM_VCORES = 2;
  private static final int NM_MEMORY_MB = 4096;

  @TempDir static Path shared;

  private static MiniYARNCluster yarn;
  private static MiniDFSCluster hdfs;
  private static String rmAddress;
  /** Where the NodeManagers run, as YARN names the host. */
  private static String yarnHost;

  @BeforeAll
  static void startClusters() throws Exception {
    File base = new File("target/yarn-capacity").getAbsoluteFile();
    YarnConfiguration conf = new YarnConfiguration();
    conf.set("hadoop.tmp.dir", new File(base, "tmp").getPath());
    conf.set("yarn.node-attribute.fs-store.root-dir", new File(base, "node-attributes").toURI()
        .toString());
    conf.set("yarn.node-labels.fs-store.root-dir", new File(base, "node-labels").toURI()
        .toString());
    conf.setInt(YarnConfiguration.NM_VCORES, NM_VCORES);
    conf.setInt(YarnConfiguration.NM_PMEM_MB, NM_MEMORY_MB);
    conf.setInt("yarn.minicluster.yarn.nodemanager.resource.memory-mb", NM_MEMORY_MB);
    conf.setBoolean(YarnConfiguration.TIMELINE_SERVICE_ENABLED, false);
    yarn = new MiniYARNCluster("yarn-capacity", 1, 2, 1, 1);
    yarn.init(conf);
    yarn.start();
    assertTrue(yarn.waitForNodeManagersToConnect(20_000), "both NodeManagers registered");
    rmAddress = yarn.getConfig().get(YarnConfiguration.RM_ADDRESS);
    yarnHost = yarn.getNodeManager(0).getNMContext().getNodeId().getHost()
        .toLowerCase(Locale.ROOT);

    Configuration dfs = new Configuration();
    dfs.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File(base, "dfs").getPath());
    dfs.setLong("dfs.blocksize", 1024);
    dfs.setLong("dfs.namenode.fs-limits.min-block-size", 0);
    dfs.setInt("dfs.bytes-per-checksum", 512);
    dfs.setInt("dfs.replication", 2);
    hdfs = new MiniDFSCluster.Builder(dfs).numDataNodes(2)
        .hosts(new String[] {"dn1.test", yarnHost}).racks(new String[] {"/r1", "/r2"})
        .format(true).build();
    hdfs.waitActive();
  }

  @AfterAll
  static void stopClusters() {
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
    if (yarn != null) {
      yarn.stop();
    }
  }

  private static Stage stage(int memoryMb) {
    return new Stage("s1", "wc-s1", "actions/s1.jar", "gen.S1", "read text",
        List.of(new InputChannel.Splits(List.of("/in"), "text", 1024, new TreeMap<>())),
        List.of(new OutputChannel.Shuffle(2, false)), Parallelism.NONE,
        new Limits(30_000, memoryMb), List.of());
  }

  @Test
  void widthIsTheTasksThatFitInTheNodeManagersAndFollowsThemAtEachRefresh() throws Exception {
    ManualClock clock = new ManualClock();
    YarnSettings settings = YarnSettings.of(rmAddress).withClock(clock)
        .withRefreshEvery(Duration.ofSeconds(10));
    try (YarnCapacity capacity = YarnCapacity.connect(settings, new Configuration())) {
      assertEquals(4, capacity.width(stage(256)), "2 NMs × 2 vcores, one vcore a task");
      assertEquals(2, capacity.width(stage(3000)), "4 GiB per NM holds one 3000 MB task");
      try (YarnCapacity limited = YarnCapacity.connect(settings.withConcurrencyLimit(3),
          new Configuration())) {
        assertEquals(3, limited.width(stage(256)), "OpenWhisk's limit caps YARN's answer");
      }

      NodeId first = yarn.getNodeManager(0).getNMContext().getNodeId();
      resize(first, 1, NM_MEMORY_MB);
      try {
        clock.advance(Duration.ofSeconds(9));
        assertEquals(4, capacity.width(stage(256)), "no refresh before the interval");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(4, capacity.width(stage(256)), "the refresh runs in the background");
        capacity.awaitRefresh();
        assertEquals(3, capacity.width(stage(256)), "refreshed: 1 + 2 vcores");
      } finally {
        resize(first, NM_VCORES, NM_MEMORY_MB);
      }
    }
  }

  @Test
  void placementIsTheSplitsBlockHostsThatRunANodeManager() throws Exception {
    FileSystem fs = hdfs.getFileSystem();
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path("/placement/in.txt");
    try (FSDataOutputStream out = fs.create(file)) {
      out.write("a line of text\n".repeat(200).getBytes(StandardCharsets.UTF_8));
    }
    InputChannel.Splits input = new InputChannel.Splits(
        List.of(fs.getUri() + "/placement"), "text", 1024, new TreeMap<>());
    List<TaskPlanner.Located> splits = new SplitTaskPlanner(hdfs.getConfiguration(0),
        OptionalLong.empty(), 1).locatedSplits(input);
    assertEquals(3, splits.size(), "3000 bytes in 1 KiB blocks");
    try (YarnCapacity capacity = YarnCapacity.connect(YarnSettings.of(rmAddress),
        new Configuration())) {
      for (TaskPlanner.Located split : splits) {
        assertEquals(sorted("dn1.test", yarnHost), split.hosts(), split.toString());
        assertEquals(List.of(yarnHost), capacity.placement(split.hosts()),
            () -> "dn1.test runs no NodeManager; YARN has " + capacity.current());
      }
      assertEquals(List.of(), capacity.placement(List.of("dn1.test")));
      assertEquals(List.of(), capacity.placement(List.of()), "a shuffle task: no hint");
    }
  }

  @Test
  void anUnreachableResourceManagerFailsFastNamingTheAddress() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String address = "127.0.0.1:" + port;
    long start = System.nanoTime();
    YarnUnreachableException e = assertThrows(YarnUnreachableException.class,
        () -> YarnCapacity.connect(YarnSettings.of(address).withConnectWait(Duration.ofSeconds(1)),
            new Configuration()));
    assertTrue(e.getMessage().startsWith("cannot reach the YARN ResourceManager at " + address
        + " within 1 s: "), e.getMessage());
    assertTrue(e.getMessage().contains("Connection refused"), e.getMessage());
    assertTrue(e.getMessage().contains("yarn.resourcemanager.address"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15,
        "bounded by the connect wait, not YARN's 15 minutes");

    RunSetupException setup = assertThrows(RunSetupException.class, () -> {
      try (JobRunner runner = JobRunner.prepare(RunOptions.defaults()
          .withYarn(YarnSettings.of(address).withConnectWait(Duration.ofSeconds(1)))
          .withProgress(new PrintStream(new ByteArrayOutputStream())))) {
        runner.run(HandWrittenWordCount.bundle(shared.resolve("unreachable"),
            shared.resolve("none").toString(), shared.resolve("never").toString(), 2));
      }
    });
    assertEquals(e.getMessage(), setup.getMessage(), "`marvelc run` prints it as it is");
    assertTrue(Files.notExists(shared.resolve("never")), "nothing started");
  }

  @Test
  void aJobRunWithYarnWidthOnHdfsGivesTheSameOutputAsWithout() throws Exception {
    Path local = Files.createDirectories(shared.resolve("input"));
    for (int f = 0; f < 2; f++) {
      Files.writeString(local.resolve("part-" + f + ".txt"),
          "the quick brown fox jumps over the lazy dog\nThe Dog sleeps\n".repeat(40 + 30 * f));
    }
    FileSystem fs = hdfs.getFileSystem();
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()),
        new org.apache.hadoop.fs.Path("/job/in"));
    String in = fs.getUri() + "/job/in";
    List<String> withYarn = runWordCount(in, fs.getUri() + "/job/out-yarn", true);
    List<String> without = runWordCount(in, fs.getUri() + "/job/out-local", false);
    assertEquals(HandWrittenWordCount.expected(local), withYarn);
    assertEquals(without, withYarn);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aResourceManagerLostDuringAJobLeavesTheLastCapacityInForce() throws Exception {
    ManualClock clock = new ManualClock();
    try (YarnCapacity capacity = YarnCapacity.connect(YarnSettings.of(rmAddress).withClock(clock)
        .withConnectWait(Duration.ofSeconds(1)), new Configuration())) {
      assertEquals(4, capacity.width(stage(256)));
      yarn.stopResourceManager(0);
      clock.advance(YarnSettings.DEFAULT_REFRESH);
      long start = System.nanoTime();
      assertEquals(4, capacity.width(stage(256)), "the driver does not wait for the refresh");
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 500);
      capacity.awaitRefresh();
      assertEquals(4, capacity.width(stage(256)), "the running job keeps its width");
      assertEquals(List.of(yarnHost), capacity.placement(List.of(yarnHost)));
    }
  }

  private static List<String> runWordCount(String in, String out, boolean useYarn)
      throws Exception {
    Path bundle = HandWrittenWordCount.bundle(shared.resolve("bundle-" + useYarn), in, out, 3);
    RunOptions options = RunOptions.defaults().withHadoop(hdfs.getConfiguration(0))
        .withParallelism(2).withWorkDir(shared.resolve("work-" + useYarn))
        .withProgress(new PrintStream(new ByteArrayOutputStream()));
    if (useYarn) {
      options = options.withYarn(YarnSettings.of(rmAddress));
    }
    try (JobRunner runner = JobRunner.prepare(options)) {
      runner.run(bundle);
    }
    FileSystem fs = hdfs.getFileSystem();
    List<String> lines = new ArrayList<>();
    for (FileStatus part : fs.listStatus(new org.apache.hadoop.fs.Path(out))) {
      if (part.getPath().getName().startsWith("part-")) {
        String text = new String(fs.open(part.getPath()).readAllBytes(), StandardCharsets.UTF_8);
        text.lines().filter(l -> !l.isEmpty()).forEach(lines::add);
      }
    }
    lines.sort(null);
    return lines;
  }

  /**
   * Gives a NodeManager new resources and waits until the RM reports them to clients (the RM
   * applies the change on its event thread; polled every 20 ms, for at most 20 s).
   */
  private static void resize(NodeId node, int vcores, int memoryMb) throws Exception {
    yarn.getResourceManager().getRMContext().getRMAdminService().updateNodeResource(
        UpdateNodeResourceRequest.newInstance(Map.of(node,
            ResourceOption.newInstance(Resource.newInstance(memoryMb, vcores), -1))));
    try (YarnClient client = YarnClient.createYarnClient()) {
      client.init(yarn.getConfig());
      client.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!reports(client, node, vcores)) {
        assertTrue(System.nanoTime() < deadline, "the RM never reported " + node + " resized");
        Thread.sleep(20);
      }
    }
  }

  private static boolean reports(YarnClient client, NodeId node, int vcores) throws Exception {
    for (NodeReport report : client.getNodeReports(NodeState.RUNNING)) {
      if (report.getNodeId().equals(node)) {
        return report.getCapability().getVirtualCores() == vcores;
      }
    }
    return false;
  }

  private static List<String> sorted(String... hosts) {
    return Arrays.stream(hosts).sorted().toList();
  }

  /** A clock that moves only when told to. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
