package dev.marvel.runtime.ignite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks ports on 127.0.0.1 that are free right now, so two builds or two local jobs on one host
 * never share Ignite's fixed default ports (47500, 47100, 10800).
 *
 * <p>A port can be taken between the probe and Ignite's bind; {@link EmbeddedIgnite} retries the
 * start with fresh ports when that happens.
 */
final class LoopbackPorts {
  private LoopbackPorts() {}

  /** Returns {@code count} distinct ports that were free when probed. */
  static List<Integer> free(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      // Hold every probe socket open until all are chosen, so the OS cannot hand one port out twice.
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot probe a free port on 127.0.0.1", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // A probe socket that fails to close still frees its port when the process exits.
        }
      }
    }
  }
}
