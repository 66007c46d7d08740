package dev.marvel.runtime.ignite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedIgniteTest {
  @TempDir static Path work;
  private static EmbeddedIgnite node;

  @BeforeAll
  static void start() {
    node = EmbeddedIgnite.start(work.resolve("first"));
    // The one place the start time is reported: 3.5-6 s cold on the 2-core reference machine.
    System.out.println("embedded Ignite node started in " + node.startTime().toMillis() + " ms");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void keepsItsWorkFilesUnderTheGivenDirectory() throws IOException {
    try (var files = Files.list(work.resolve("first"))) {
      assertTrue(files.findAny().isPresent(), "Ignite wrote nothing under its work directory");
    }
  }

  @Test
  void secondStandaloneNodeTakesOtherPortsAndFormsItsOwnCluster() {
    try (EmbeddedIgnite other = EmbeddedIgnite.start(work.resolve("second"))) {
      assertNotEquals(node.discoveryAddress(), other.discoveryAddress());
      assertNotEquals(node.thinClientAddress(), other.thinClientAddress());
      assertEquals(1, node.ignite().cluster().forServers().nodes().size());
      assertEquals(1, other.ignite().cluster().forServers().nodes().size());
    }
  }

  @Test
  void nodeGivenADiscoveryAddressJoinsThatCluster() {
    EmbeddedIgnite.Settings joining = EmbeddedIgnite.Settings.defaults(work.resolve("joining"))
        .withShuffleRegionMaxBytes(64L << 20)
        .withJoinAddresses(List.of(node.discoveryAddress()));
    try (EmbeddedIgnite other = EmbeddedIgnite.start(joining)) {
      assertEquals(2, node.ignite().cluster().forServers().nodes().size());
      assertEquals(2, other.ignite().cluster().forServers().nodes().size());
    }
  }

  @Test
  void thinClientSeesWhatTheNodeWrote() {
    CacheSpec spec = new CacheSpec("embedded-test", "embedded-test-group", null, 0);
    KeyValueCache<String, Object> local = node.connection().cache(spec);
    local.put("a", "one");
    local.put("b", new byte[] {1, 2, 3});
    try (IgniteConnection remote = IgniteConnection.connect(node.thinClientAddress())) {
      KeyValueCache<String, Object> cache = remote.cache(spec);
      assertEquals("one", cache.get("a"));
      assertEquals(3, ((byte[]) cache.getAll(Set.of("b")).get("b")).length);
      assertFalse(cache.replace("a", "stale", "two"), "compare-and-set must see the current value");
      assertTrue(cache.replace("a", "one", "two"));
      assertFalse(cache.putIfAbsent("a", "three"));
      Map<String, Object> seen = new TreeMap<>();
      cache.forEach(seen::put);
      assertEquals(Set.of("a", "b"), seen.keySet());
      assertTrue(remote.cacheNames().contains("embedded-test"));
      remote.destroyCache("embedded-test");
      remote.destroyCache("embedded-test"); // a missing cache is not an error
    }
    assertFalse(node.connection().cacheNames().contains("embedded-test"));
    assertNull(node.connection().<String, Object>cache(spec).get("a"));
    node.connection().destroyCache("embedded-test");
  }

  @Test
  void connectExplainsABadAddress() {
    IllegalArgumentException malformed =
        assertThrows(IllegalArgumentException.class, () -> IgniteConnection.connect("localhost"));
    assertTrue(malformed.getMessage().contains("is not host:port"), malformed.getMessage());

    int closedPort = LoopbackPorts.free(1).get(0);
    IllegalArgumentException unreachable = assertThrows(IllegalArgumentException.class,
        () -> IgniteConnection.connect("127.0.0.1:" + closedPort));
    assertTrue(unreachable.getMessage().startsWith("cannot reach an Ignite server at 127.0.0.1:"),
        unreachable.getMessage());
  }
}
