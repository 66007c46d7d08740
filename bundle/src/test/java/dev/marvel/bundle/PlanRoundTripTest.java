package dev.marvel.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRoundTripTest {

  private static final Path GOLDEN = Path.of("src/test/resources/goldens/wordcount-plan.json");

  @Test
  void writesTheReviewedWordCountPlan() throws IOException {
    String json = PlanWriter.write(SamplePlans.wordCount());
    if (Boolean.getBoolean("marvel.updateGoldens")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), json);
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPlan() {
    Plan plan = SamplePlans.wordCount();
    assertEquals(plan, PlanReader.read(PlanWriter.write(plan), "plan.json"));
  }

  @Test
  void equalPlansBuiltInDifferentOrdersGiveIdenticalBytes() {
    Plan a = SamplePlans.wordCount();
    // Same parameters inserted in the opposite order, in a map with its own iteration order.
    List<String> keys = new ArrayList<>(a.parameters().keySet());
    Collections.reverse(keys);
    Map<String, String> reversed = new LinkedHashMap<>();
    keys.forEach(k -> reversed.put(k, a.parameters().get(k)));
    Plan b = new Plan(a.formatVersion(), a.pipeline(), new TreeMap<>(reversed), a.stages(), a.sinks());
    assertEquals(PlanWriter.write(a), PlanWriter.write(b));
  }

  @Test
  void refusesToWriteAnInvalidPlan() {
    Plan plan = SamplePlans.wordCount();
    Plan broken = new Plan(plan.formatVersion(), "", plan.parameters(), plan.stages(), plan.sinks());
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanWriter.write(broken));
    assertEquals(List.of("pipeline: must not be empty"), e.problems());
  }

  @Test
  void loadsABundleAndChecksItsJars(@TempDir Path dir) throws IOException {
    Bundle.writePlan(dir, SamplePlans.wordCount());
    Files.createDirectories(dir.resolve("actions"));
    Files.write(dir.resolve("actions/s1.jar"), new byte[] {1});
    InvalidPlanException missing = assertThrows(InvalidPlanException.class, () -> Bundle.load(dir));
    assertEquals(List.of("stages[1].jar: actions/s2.jar is not in the bundle"), missing.problems());

    Files.write(dir.resolve("actions/s2.jar"), new byte[] {1});
    Bundle bundle = Bundle.load(dir);
    assertEquals(SamplePlans.wordCount(), bundle.plan());
    assertEquals(dir.resolve("actions/s2.jar"), bundle.actionJar(bundle.plan().stages().get(1)));
  }

  @Test
  void aDirectoryWithoutPlanSaysWhatIsMissing(@TempDir Path dir) {
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> Bundle.load(dir));
    assertTrue(e.getMessage().contains("plan.json: missing; is this a bundle directory"), e.getMessage());
  }
}
