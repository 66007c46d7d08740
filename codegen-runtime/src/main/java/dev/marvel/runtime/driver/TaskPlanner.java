package dev.marvel.runtime.driver;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.TaskInput;
import java.io.IOException;
import java.util.List;

/**
 * Cuts a stage's input files into splits, one task each (bound to the input layer, which asks
 * the NameNode). The rest of a stage's tasks follows from the plan: see {@link StageTasks}.
 */
public interface TaskPlanner {

  /**
   * The splits of {@code input}'s paths, in a deterministic order (by path, then offset), so
   * task {@code i} always names the same bytes. An empty input gives no splits.
   */
  List<TaskInput.Split> splits(InputChannel.Splits input) throws IOException;

  /**
   * The same splits as {@link #splits}, each with the hosts holding the block it starts in, for
   * placement. A planner that does not know where its bytes live reports no hosts.
   */
  default List<Located> locatedSplits(InputChannel.Splits input) throws IOException {
    return splits(input).stream().map(s -> new Located(s, List.of())).toList();
  }

  /** A split and the hosts of the block where it starts, sorted. */
  record Located(TaskInput.Split split, List<String> hosts) {
    public Located {
      hosts = List.copyOf(hosts);
    }
  }
}
