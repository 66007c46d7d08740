package dev.marvel.runtime.driver;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each task of a stage reads. A stage that reads files runs one task per split; one that
 * reads a shuffle runs one task per partition, task {@code i} reading partition {@code i} of
 * every shuffle input; one that only reads broadcasts runs a single task. Every task also reads
 * each broadcast input whole.
 */
final class StageTasks {

  /**
   * One task's inputs, and the hosts holding the block its split starts in (empty for a task
   * that reads no split), from which the driver derives its placement.
   */
  record Task(List<TaskInput> inputs, List<String> blockHosts) {
    Task {
      inputs = List.copyOf(inputs);
      blockHosts = List.copyOf(blockHosts);
    }
  }

  private StageTasks() {}

  /**
   * @param committed per finished producer stage, the committed attempt of each of its tasks
   */
  static List<Task> of(Stage stage, TaskPlanner planner,
      Map<String, List<Integer>> committed) throws IOException {
    List<TaskInput> broadcasts = new ArrayList<>();
    List<InputChannel.Splits> splitInputs = new ArrayList<>();
    List<InputChannel.Shuffle> shuffleInputs = new ArrayList<>();
    for (InputChannel in : stage.inputs()) {
      if (in instanceof InputChannel.Broadcast b) {
        broadcasts.add(new TaskInput.Broadcast(b.producer(), committed.get(b.producer())));
      } else if (in instanceof InputChannel.Splits s) {
        splitInputs.add(s);
      } else if (in instanceof InputChannel.Shuffle s) {
        shuffleInputs.add(s);
      }
    }
    List<Task> tasks = new ArrayList<>();
    if (!splitInputs.isEmpty()) {
      // A task reads one split; the split names its source by the index of its channel among
      // the stage's split channels, which is how the generated code numbers them too.
      for (int source = 0; source < splitInputs.size(); source++) {
        for (TaskPlanner.Located located : planner.locatedSplits(splitInputs.get(source))) {
          tasks.add(new Task(with(located.split().ofSource(source), broadcasts), located.hosts()));
        }
      }
    } else if (!shuffleInputs.isEmpty()) {
      int partitions = shuffleInputs.get(0).partitions();
      for (int p = 0; p < partitions; p++) {
        List<TaskInput> inputs = new ArrayList<>();
        for (InputChannel.Shuffle s : shuffleInputs) {
          inputs.add(new TaskInput.Partition(s.producer(), p, committed.get(s.producer())));
        }
        inputs.addAll(broadcasts);
        tasks.add(new Task(inputs, List.of()));
      }
    } else {
      tasks.add(new Task(broadcasts, List.of()));
    }
    return tasks;
  }

  private static List<TaskInput> with(TaskInput first, List<TaskInput> rest) {
    List<TaskInput> inputs = new ArrayList<>();
    inputs.add(first);
    inputs.addAll(rest);
    return inputs;
  }
}
