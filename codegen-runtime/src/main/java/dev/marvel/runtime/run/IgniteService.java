package dev.marvel.runtime.run;

import dev.marvel.runtime.ignite.EmbeddedIgnite;
import dev.marvel.runtime.ignite.IgniteConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The Ignite a run uses: an embedded server node on loopback, started on a background thread as
 * soon as the run knows it will need one (so its 1–10 s start overlaps compilation and planning),
 * or a thin-client connection to an existing cluster ({@code --ignite HOST:PORT}). Closing stops
 * the embedded node; a cluster is left running.
 */
final class IgniteService implements AutoCloseable {
  private final CompletableFuture<EmbeddedIgnite> node;
  private final String remoteAddress;
  private IgniteConnection connection;
  private Duration waited = Duration.ZERO;

  private IgniteService(CompletableFuture<EmbeddedIgnite> node, String remoteAddress) {
    this.node = node;
    this.remoteAddress = remoteAddress;
  }

  /** Starts an embedded node with its work files under {@code workDir}; returns at once. */
  static IgniteService startEmbedded(Path workDir) {
    CompletableFuture<EmbeddedIgnite> future = new CompletableFuture<>();
    Thread starter = new Thread(() -> {
      try {
        future.complete(EmbeddedIgnite.start(workDir));
      } catch (Throwable e) {
        future.completeExceptionally(e);
      }
    }, "marvel-ignite-start");
    starter.setDaemon(true);
    starter.start();
    return new IgniteService(future, null);
  }

  /** Uses the cluster whose thin-client endpoints are {@code addresses}; connects on first use. */
  static IgniteService remote(String addresses) {
    return new IgniteService(null, addresses);
  }

  boolean embedded() {
    return node != null;
  }

  /** The connection, waiting for the embedded node to be up. */
  synchronized IgniteConnection connection() throws RunSetupException {
    if (connection == null) {
      connection = embedded() ? awaitNode().connection() : connectRemote();
    }
    return connection;
  }

  /** Where actions in other processes reach this Ignite: a thin-client endpoint. */
  String thinClientAddress() throws RunSetupException {
    return embedded() ? awaitNode().thinClientAddress() : remoteAddress;
  }

  /** How long the run waited for the embedded node beyond the work it overlapped with. */
  Duration waited() {
    return waited;
  }

  /** How long the embedded node took to start, when there is one and it is up. */
  Duration nodeStartTime() {
    return embedded() && node.isDone() && !node.isCompletedExceptionally()
        ? node.join().startTime() : Duration.ZERO;
  }

  private EmbeddedIgnite awaitNode() throws RunSetupException {
    long start = System.nanoTime();
    try {
      return node.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunSetupException("interrupted while starting the embedded Ignite node");
    } catch (ExecutionException e) {
      throw new RunSetupException("cannot start the embedded Ignite node: " + e.getCause()
          + "\n  = help: run with --shuffle local, or join a running cluster with --ignite"
          + " HOST:PORT");
    } finally {
      waited = waited.plusNanos(System.nanoTime() - start);
    }
  }

  private IgniteConnection connectRemote() throws RunSetupException {
    try {
      return IgniteConnection.connect(remoteAddress);
    } catch (IllegalArgumentException e) {
      throw new RunSetupException(e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
    }
    if (embedded()) {
      // A node still starting is stopped once it is up, so no thread outlives the run.
      node.thenAccept(EmbeddedIgnite::close);
    }
  }
}
