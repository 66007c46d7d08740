package dev.marvel.runtime.driver;

import dev.marvel.bundle.Stage;
import java.util.List;

/**
 * How wide the driver may run and where: the cluster's answer, asked by the driver's thread
 * whenever it launches attempts. {@link LocalCapacity} is this machine; {@code YarnCapacity}
 * asks a YARN ResourceManager.
 */
public interface ClusterCapacity {

  /**
   * How many attempts of {@code stage} may run at once now, at least 1 (a full cluster still
   * lets a job make progress). The driver also applies the stage's {@code parallelism.max} and
   * {@link DriverOptions#maxInFlight()} over all stages; the answer may change during a job.
   */
  int width(Stage stage);

  /**
   * The hosts a task should preferably run on, best first, given the hosts that hold the block
   * its input split starts in (sorted; empty for a task that reads no split). Empty: no
   * preference. The result is a hint: it travels in the task payload and the task state.
   */
  List<String> placement(List<String> blockHosts);
}
