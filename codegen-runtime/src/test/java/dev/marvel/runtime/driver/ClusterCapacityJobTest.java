package dev.marvel.runtime.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Stage;
import dev.marvel.bundle.TaskInput;
import dev.marvel.bundle.TaskPayload;
import dev.marvel.runtime.invoke.LocalInvoker;
import dev.marvel.runtime.testkit.ConcurrencyProbe;
import dev.marvel.runtime.testkit.FileSplitPlanner;
import dev.marvel.runtime.testkit.LocalDirCommit;
import dev.marvel.runtime.testkit.WordCountBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver with a {@link ClusterCapacity}: each stage runs no wider than the cluster says, and
 * every attempt carries the placement the capacity derives from its split's block hosts — in its
 * payload and in the task state the driver records. A WordCount with real action jars.
 */
class ClusterCapacityJobTest {

  @TempDir Path root;

  /** Splits as {@link FileSplitPlanner} cuts them, split {@code i} "stored" on host {@code h<i>}. */
  private static final class HostedPlanner implements TaskPlanner {
    private final FileSplitPlanner files = new FileSplitPlanner();

    @Override
    public List<TaskInput.Split> splits(InputChannel.Splits input) throws IOException {
      return files.splits(input);
    }

    @Override
    public List<Located> locatedSplits(InputChannel.Splits input) throws IOException {
      List<Located> located = new ArrayList<>();
      for (TaskInput.Split split : splits(input)) {
        located.add(new Located(split, List.of("h" + located.size(), "shared")));
      }
      return located;
    }
  }

  /** The map stage s1 fits twice, the reduce stage once; placement reverses the block hosts. */
  private static final class FixedCapacity implements ClusterCapacity {
    @Override
    public int width(Stage stage) {
      return stage.id().equals("s1") ? 2 : 1;
    }

    @Override
    public List<String> placement(List<String> blockHosts) {
      List<String> hosts = new ArrayList<>(blockHosts);
      Collections.reverse(hosts);
      return hosts;
    }
  }

  @Test
  void stagesRunNoWiderThanTheCapacityAndAttemptsCarryItsPlacement() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 6, 2);
    Recorder recorder = new Recorder();
    Map<String, List<String>> sent = new TreeMap<>();
    // Tasks wait (up to 0.5 s) for a third to join them; the capacity must keep it out.
    ConcurrencyProbe.reset(3, 6, 500);
    try (LocalInvoker local = new LocalInvoker(wc.bundleDir, 4)) {
      TaskInvoker recording = (stage, payload) -> {
        synchronized (sent) {
          sent.put(payload.stageId() + "/" + payload.task(), payload.placement());
        }
        return local.invoke(stage, payload);
      };
      Driver.builder(recording, new HostedPlanner()).commit(new LocalDirCommit())
          .state(recorder).progress(recorder).options(wc.options(4))
          .capacity(new FixedCapacity()).build().run("wc-1", wc.plan);
    }
    assertEquals(2, ConcurrencyProbe.maxInside(), "s1's width, under maxInFlight 4");
    assertEquals(WordCountBundle.asLines(wc.expectedCounts()), wc.outputLines());

    assertEquals(List.of("shared", "h3"), sent.get("s1/3"));
    assertEquals(List.of(), sent.get("s2/0"), "a shuffle task has no block hosts");
    List<String> recorded = recorder.states.stream()
        .filter(s -> s.status() == TaskState.Status.RUNNING && s.attempt().stageId().equals("s1"))
        .map(s -> s.attempt().task() + " " + s.placement()).sorted().toList();
    assertEquals(List.of("0 [shared, h0]", "1 [shared, h1]", "2 [shared, h2]", "3 [shared, h3]",
        "4 [shared, h4]", "5 [shared, h5]"), recorded);
  }

  @Test
  void withoutACapacityTheDriverUsesThisMachinesSlotsAndPlacesNothing() throws Exception {
    WordCountBundle wc = WordCountBundle.create(root, 4, 2);
    List<TaskPayload> sent = Collections.synchronizedList(new ArrayList<>());
    ConcurrencyProbe.reset(3, 4, 10_000);
    try (LocalInvoker local = new LocalInvoker(wc.bundleDir, 4)) {
      TaskInvoker recording = (stage, payload) -> {
        sent.add(payload);
        return local.invoke(stage, payload);
      };
      Driver.builder(recording, new HostedPlanner()).commit(new LocalDirCommit())
          .options(wc.options(3)).build().run("wc-1", wc.plan);
    }
    assertEquals(3, ConcurrencyProbe.maxInside(), "maxInFlight, as before capacities existed");
    assertEquals(List.of(), sent.stream().flatMap(p -> p.placement().stream()).toList());
  }
}
