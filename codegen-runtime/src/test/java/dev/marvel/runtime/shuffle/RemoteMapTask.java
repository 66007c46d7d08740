package dev.marvel.runtime.shuffle;

import dev.marvel.runtime.ignite.IgniteConnection;
import java.nio.charset.StandardCharsets;

/**
 * A map task as an action runs it, in its own JVM: connects to the shuffle as a thin client,
 * writes one blob per partition, commits. Arguments: address job stage mapTask attempt partitions.
 */
public final class RemoteMapTask {
  private RemoteMapTask() {}

  public static void main(String[] args) {
    MapAttempt attempt = new MapAttempt(args[1], Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    int partitions = Integer.parseInt(args[5]);
    try (IgniteConnection connection = IgniteConnection.connect(args[0]);
        ShuffleStore store = new IgniteShuffleStore(connection)) {
      try (MapOutputWriter writer = store.openWriter(attempt)) {
        for (int p = 0; p < partitions; p++) {
          writer.write(p, ("remote m" + attempt.mapTask() + " p" + p)
              .getBytes(StandardCharsets.UTF_8));
        }
      }
      System.out.println("committed=" + store.commit(attempt));
    }
  }
}
