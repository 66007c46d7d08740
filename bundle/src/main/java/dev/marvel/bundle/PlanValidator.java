package dev.marvel.bundle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the rules a plan must satisfy before anything runs it: supported format version,
 * well-formed unique ids, channels that refer to existing stages and sinks with matching
 * partition counts, an acyclic stage graph, action jars inside the bundle, positive counts and
 * limits. Reports every problem, each prefixed by its JSON path.
 */
public final class PlanValidator {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_@.-]*");
  private static final Pattern CLASS =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final List<String> problems = new ArrayList<>();

  private PlanValidator() {}

  /** All problems of {@code plan}; empty when it is valid. */
  public static List<String> problems(Plan plan) {
    PlanValidator v = new PlanValidator();
    v.check(plan);
    return List.copyOf(v.problems);
  }

  /** Throws {@link InvalidPlanException} naming {@code where} unless {@code plan} is valid. */
  public static Plan requireValid(Plan plan, String where) {
    List<String> problems = problems(plan);
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(where, problems);
    }
    return plan;
  }

  private void check(Plan plan) {
    if (plan.formatVersion() != Plan.FORMAT_VERSION) {
      problem("formatVersion", plan.formatVersion() + " is not supported (this Marvel reads "
          + Plan.FORMAT_VERSION + "); recompile the program with this marvelc");
      return;
    }
    if (plan.pipeline().isBlank()) {
      problem("pipeline", "must not be empty");
    }
    if (plan.stages().isEmpty()) {
      problem("stages", "a plan needs at least one stage");
    }
    Map<String, Stage> stages = new HashMap<>();
    for (int i = 0; i < plan.stages().size(); i++) {
      String id = plan.stages().get(i).id();
      if (!ID.matcher(id).matches()) {
        problem("stages[" + i + "].id", "'" + id + "' is not a valid id (letters, digits, _ . -)");
      } else if (stages.putIfAbsent(id, plan.stages().get(i)) != null) {
        problem("stages[" + i + "].id", "duplicate stage id '" + id + "'");
      }
    }
    Set<String> sinkIds = checkSinks(plan);
    Set<String> written = new HashSet<>();
    for (int i = 0; i < plan.stages().size(); i++) {
      checkStage("stages[" + i + "]", plan.stages().get(i), plan, stages, sinkIds, written);
    }
    for (int i = 0; i < plan.sinks().size(); i++) {
      if (!written.contains(plan.sinks().get(i).id())) {
        problem("sinks[" + i + "]", "sink '" + plan.sinks().get(i).id() + "' is written by no stage");
      }
    }
    checkAcyclic(plan, stages);
  }

  private Set<String> checkSinks(Plan plan) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < plan.sinks().size(); i++) {
      Sink sink = plan.sinks().get(i);
      String at = "sinks[" + i + "]";
      if (!ID.matcher(sink.id()).matches()) {
        problem(at + ".id", "'" + sink.id() + "' is not a valid id (letters, digits, _ . -)");
      } else if (!ids.add(sink.id())) {
        problem(at + ".id", "duplicate sink id '" + sink.id() + "'");
      }
      notBlank(at + ".format", sink.format());
      notBlank(at + ".path", sink.path());
    }
    return ids;
  }

  private void checkStage(String at, Stage stage, Plan plan, Map<String, Stage> stages,
      Set<String> sinkIds, Set<String> written) {
    if (!ACTION.matcher(stage.action()).matches()) {
      problem(at + ".action", "'" + stage.action() + "' is not a valid OpenWhisk action name");
    }
    checkJar(at + ".jar", stage.jar());
    if (!CLASS.matcher(stage.mainClass()).matches()) {
      problem(at + ".mainClass", "'" + stage.mainClass() + "' is not a Java class name");
    }
    if (stage.inputs().isEmpty()) {
      problem(at + ".inputs", "a stage needs at least one input");
    }
    if (stage.outputs().isEmpty()) {
      problem(at + ".outputs", "a stage needs at least one output");
    }
    boolean readsSplits = stage.inputs().stream().anyMatch(InputChannel.Splits.class::isInstance);
    boolean readsShuffle = stage.inputs().stream().anyMatch(InputChannel.Shuffle.class::isInstance);
    if (readsSplits && readsShuffle) {
      // A task is one split or one partition; it cannot be both.
      problem(at + ".inputs", "a stage reads either input splits or shuffle partitions, not both");
    }
    Integer coPartitions = null;
    for (int j = 0; j < stage.inputs().size(); j++) {
      String in = at + ".inputs[" + j + "]";
      InputChannel channel = stage.inputs().get(j);
      if (channel instanceof InputChannel.Splits s) {
        checkSplits(in, s);
      } else if (channel instanceof InputChannel.Shuffle s) {
        checkShuffleInput(in, s, stage, stages);
        if (coPartitions == null) {
          coPartitions = s.partitions();
        } else if (coPartitions != s.partitions()) {
          problem(in + ".partitions", s.partitions() + " differs from the stage's other shuffle"
              + " input (" + coPartitions + "); a stage's shuffle inputs must be co-partitioned");
        }
      } else if (channel instanceof InputChannel.Broadcast b) {
        Stage producer = producer(in, b.producer(), stage, stages);
        if (producer != null
            && !(producer.mapOutputAt(b.partition()).orElse(null) instanceof OutputChannel.Broadcast)) {
          problem(in + ".producer", "stage '" + b.producer() + "' has no broadcast output at partition "
              + b.partition() + " of its map output");
        }
      }
    }
    checkOutputs(at, stage, plan, sinkIds, written);
    Parallelism p = stage.parallelism();
    if (p.preferred() < 0 || p.max() < 0) {
      problem(at + ".parallelism", "hints must be 0 (none) or positive");
    } else if (p.preferred() > 0 && p.max() > 0 && p.preferred() > p.max()) {
      problem(at + ".parallelism", "preferred " + p.preferred() + " exceeds max " + p.max());
    }
    positive(at + ".limits.timeoutMs", stage.limits().timeoutMs());
    positive(at + ".limits.memoryMb", stage.limits().memoryMb());
    for (int j = 0; j < stage.spans().size(); j++) {
      SourceSpan span = stage.spans().get(j);
      String sp = at + ".spans[" + j + "]";
      notBlank(sp + ".file", span.file());
      positive(sp + ".line", span.line());
      positive(sp + ".column", span.column());
    }
  }

  private void checkJar(String at, String jar) {
    if (jar.isBlank() || !jar.endsWith(".jar")) {
      problem(at, "'" + jar + "' must name a .jar file");
    } else if (jar.startsWith("/") || jar.contains("\\") || jar.matches("^[A-Za-z]:.*")
        || List.of(jar.split("/")).contains("..")) {
      problem(at, "'" + jar + "' must be a path inside the bundle (relative, without '..')");
    }
  }

  private void checkSplits(String at, InputChannel.Splits s) {
    if (s.paths().isEmpty()) {
      problem(at + ".paths", "a splits input needs at least one path");
    }
    for (int k = 0; k < s.paths().size(); k++) {
      notBlank(at + ".paths[" + k + "]", s.paths().get(k));
    }
    notBlank(at + ".format", s.format());
    positive(at + ".splitSize", s.splitSize());
  }

  private void checkShuffleInput(String at, InputChannel.Shuffle s, Stage stage,
      Map<String, Stage> stages) {
    positive(at + ".partitions", s.partitions());
    notBlank(at + ".key", s.key());
    Stage producer = producer(at, s.producer(), stage, stages);
    if (producer == null) {
      return;
    }
    OutputChannel out = producer.mapOutputAt(s.firstPartition()).orElse(null);
    if (!(out instanceof OutputChannel.Shuffle shuffle)) {
      problem(at + ".producer", "stage '" + s.producer() + "' has no shuffle output at partition "
          + s.firstPartition() + " of its map output");
    } else if (shuffle.partitions() != s.partitions()) {
      problem(at + ".partitions", s.partitions() + " does not match the " + shuffle.partitions()
          + " partitions stage '" + s.producer() + "' writes");
    }
  }

  private Stage producer(String at, String id, Stage consumer, Map<String, Stage> stages) {
    if (id.equals(consumer.id())) {
      problem(at + ".producer", "stage '" + id + "' cannot read its own output");
      return null;
    }
    Stage producer = stages.get(id);
    if (producer == null) {
      problem(at + ".producer", "no stage '" + id + "'");
    }
    return producer;
  }

  private void checkOutputs(String at, Stage stage, Plan plan, Set<String> sinkIds,
      Set<String> written) {
    int shuffles = 0;
    int broadcasts = 0;
    for (int j = 0; j < stage.outputs().size(); j++) {
      String out = at + ".outputs[" + j + "]";
      OutputChannel channel = stage.outputs().get(j);
      if (channel instanceof OutputChannel.Shuffle s) {
        positive(out + ".partitions", s.partitions());
        shuffles++;
      } else if (channel instanceof OutputChannel.Broadcast) {
        broadcasts++;
      } else if (channel instanceof OutputChannel.ToSink t) {
        if (!sinkIds.contains(t.sink())) {
          problem(out + ".sink", "no sink '" + t.sink() + "'");
        }
        written.add(t.sink());
      }
    }
    boolean consumed = !plan.consumersOf(stage.id()).isEmpty();
    if ((shuffles > 0 || broadcasts > 0) && !consumed) {
      problem(at + ".outputs", "stage '" + stage.id() + "' writes a shuffle or broadcast that no"
          + " stage reads");
    }
  }

  /** Kahn's algorithm over unique ids; whatever remains lies on or behind a cycle. */
  private void checkAcyclic(Plan plan, Map<String, Stage> stages) {
    Map<String, Integer> pending = new HashMap<>();
    for (Stage s : stages.values()) {
      pending.put(s.id(), (int) s.producers().stream().filter(stages::containsKey).count());
    }
    Deque<String> ready = new ArrayDeque<>();
    pending.forEach((id, n) -> {
      if (n == 0) {
        ready.add(id);
      }
    });
    while (!ready.isEmpty()) {
      String id = ready.poll();
      pending.remove(id);
      for (Stage consumer : plan.consumersOf(id)) {
        if (pending.containsKey(consumer.id()) && pending.merge(consumer.id(), -1, Integer::sum) == 0) {
          ready.add(consumer.id());
        }
      }
    }
    if (!pending.isEmpty()) {
      List<String> cyclic = new ArrayList<>(pending.keySet());
      cyclic.sort(null);
      problem("stages", "dependency cycle among stages " + String.join(", ", cyclic));
    }
  }

  private void notBlank(String at, String value) {
    if (value.isBlank()) {
      problem(at, "must not be empty");
    }
  }

  private void positive(String at, long value) {
    if (value <= 0) {
      problem(at, "must be positive, was " + value);
    }
  }

  private void problem(String at, String message) {
    problems.add(at + ": " + message);
  }
}
