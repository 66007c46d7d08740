package dev.marvel.runtime.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract over the thin-client protocol, as actions in other processes reach the shuffle,
 * and one map task that really runs in another JVM.
 */
class IgniteThinClientShuffleStoreTest extends ShuffleStoreContract {
  @TempDir static Path work;
  private static EmbeddedIgnite ignite;
  private static IgniteConnection client;
  private static ShuffleStore store;

  @BeforeAll
  static void startIgnite() {
    ignite = EmbeddedIgnite.start(EmbeddedIgnite.Settings.defaults(work)
        .withShuffleRegionMaxBytes(256L << 20));
    client = IgniteConnection.connect(ignite.thinClientAddress());
    store = new IgniteShuffleStore(client);
  }

  @AfterAll
  static void stopIgnite() {
    if (client != null) {
      client.close();
    }
    if (ignite != null) {
      ignite.close();
    }
  }

  @Override
  ShuffleStore store() {
    return store;
  }

  @Test
  void mapTaskInAnotherJvmWritesWhatThisJvmReads() throws Exception {
    Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path output = Files.createTempFile(tmp, "remote-map-task", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-Xmx128m", "-cp", System.getProperty("java.class.path"),
        RemoteMapTask.class.getName(), ignite.thinClientAddress(), job, "0", "3", "0", "2"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    try {
      assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child JVM did not finish");
    } finally {
      child.destroyForcibly();
    }
    String printed = Files.readString(output);
    assertEquals(0, child.exitValue(), printed);
    assertTrue(printed.contains("committed=true"), printed);

    assertEquals(Map.of(3, 0), store.committedMapTasks(job, 0));
    assertEquals(List.of("remote m3 p0"), readAll(0, 0));
    assertEquals(List.of("remote m3 p1"), readAll(0, 1));
    Files.delete(output);
  }
}
