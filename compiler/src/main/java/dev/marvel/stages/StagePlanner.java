package dev.marvel.stages;

import dev.marvel.plan.Aggregate;
import dev.marvel.plan.InputSizeEstimate;
import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.Join;
import dev.marvel.plan.Limit;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.Sink;
import dev.marvel.plan.Sort;
import dev.marvel.plan.Source;
import dev.marvel.plan.TopK;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Cuts an optimized plan into stages, in the manner of Crunch's MSCR planner:
 * <ol>
 *   <li>classify every edge as narrow (fused), shuffle or broadcast ({@link Edge});
 *   <li>walk the nodes producers-first: a source starts a map group, a node reached only through
 *       shuffles starts a reduce group, any other node joins the group of its narrow inputs —
 *       sibling map groups merge (one scan feeds several chains, Pig's multi-query), and where
 *       joining would mix partitionings or make a cycle through a broadcast the node starts a new
 *       group fed by round-robin exchanges;
 *   <li>each group becomes a stage; each cut edge a channel. A global sort adds a sample stage
 *       that computes range boundaries for its producer's shuffle;
 *   <li>stages are ordered topologically, ties broken by the order groups were found, and
 *       numbered.
 * </ol>
 * Partition counts come from {@link PlanOptions}: input size estimates over the target bytes per
 * partition, else the default parallelism.
 */
public final class StagePlanner {

  private final PlanOptions options;

  public StagePlanner(PlanOptions options) {
    this.options = options;
  }

  /** The stages of an optimized plan, checked by {@link StagePlanValidator}. */
  public StagePlan plan(LogicalPlan plan) {
    StagePlan stages = new Cut(plan).run();
    StagePlanValidator.validate(stages);
    return stages;
  }

  /** A set of nodes that will run as one stage; merged groups point to their representative. */
  private static final class Group {
    final int order;
    boolean scanOnly;
    Group parent;
    /** The groups this one reads from through shuffles, broadcasts or exchanges (not transitively). */
    final Set<Group> upstream = new LinkedHashSet<>();

    Group(int order, boolean scanOnly) {
      this.order = order;
      this.scanOnly = scanOnly;
    }

    Group find() {
      return parent == null ? this : parent.find();
    }
  }

  /** A stage before ids are known; channels are made once every stage is numbered. */
  private static final class Proto {
    final int key;
    final StageKind kind;
    final Group group;
    final List<PlanNode> operators = new ArrayList<>();
    final List<ProtoInput> inputs = new ArrayList<>();
    final List<Function<Map<Proto, String>, OutputChannel>> outputs = new ArrayList<>();
    final Set<Proto> dependsOn = new LinkedHashSet<>();
    Parallelism parallelism;

    Proto(int key, StageKind kind, Group group) {
      this.key = key;
      this.kind = kind;
      this.group = group;
    }
  }

  private record ProtoInput(PlanNode rows, Function<Map<Proto, String>, InputChannel> make) {}

  private final class Cut {
    private final LogicalPlan plan;
    private final List<PlanNode> order;
    private final Map<PlanNode, Group> groupOf = new IdentityHashMap<>();
    private final Map<PlanNode, Set<Integer>> exchanges = new IdentityHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<Group, Proto> protos = new HashMap<>();
    private final List<Proto> samplers = new ArrayList<>();
    private int channels;

    Cut(LogicalPlan plan) {
      this.plan = plan;
      this.order = plan.nodesBottomUp();
    }

    StagePlan run() {
      for (PlanNode n : order) {
        if (!Edge.isCombiner(n)) {
          groupOf.put(n, assign(n));
        }
      }
      for (Group g : groups) {
        if (g.find() == g) {
          protos.put(g, new Proto(2 * g.order + 1, StageKind.MAP, g));
        }
      }
      for (PlanNode n : order) {
        if (!Edge.isCombiner(n)) {
          place(n);
        }
      }
      return number();
    }

    // Step 2: groups.

    private Group assign(PlanNode n) {
      if (n instanceof Source) {
        return newGroup(true);
      }
      List<Group> narrow = new ArrayList<>();
      List<Group> wide = new ArrayList<>();
      for (int i = 0; i < n.inputs().size(); i++) {
        Group pg = producerGroup(n.inputs().get(i));
        if (Edge.of(n, i) == Edge.NARROW) {
          if (!narrow.contains(pg)) {
            narrow.add(pg);
          }
        } else {
          wide.add(pg);
        }
      }
      Group g;
      if (narrow.isEmpty()) {
        g = newGroup(false);
      } else if (narrow.size() == 1 && !reachesAny(wide, narrow.get(0))) {
        g = narrow.get(0);
      } else if (narrow.size() > 1 && narrow.stream().allMatch(x -> x.scanOnly && !reachesAny(wide, x))) {
        g = narrow.get(0);
        narrow.subList(1, narrow.size()).forEach(x -> x.parent = narrow.get(0));
      } else {
        g = newGroup(false);
        Set<Integer> ex = new LinkedHashSet<>();
        for (int i = 0; i < n.inputs().size(); i++) {
          if (Edge.of(n, i) == Edge.NARROW) {
            ex.add(i);
            wide.add(producerGroup(n.inputs().get(i)));
          }
        }
        exchanges.put(n, ex);
      }
      for (Group w : wide) {
        g.upstream.add(w);
        g.scanOnly = false;
      }
      return g;
    }

    private Group newGroup(boolean scanOnly) {
      Group g = new Group(groups.size(), scanOnly);
      groups.add(g);
      return g;
    }

    /** Whether any of {@code producers} is {@code g} or reads from it: joining g would close a cycle. */
    private boolean reachesAny(List<Group> producers, Group g) {
      Set<Group> seen = new HashSet<>();
      List<Group> todo = new ArrayList<>(producers);
      while (!todo.isEmpty()) {
        Group p = todo.remove(todo.size() - 1).find();
        if (p == g) {
          return true;
        }
        if (seen.add(p)) {
          groups.stream().filter(x -> x.find() == p).forEach(x -> todo.addAll(x.upstream));
        }
      }
      return false;
    }

    private Group producerGroup(PlanNode input) {
      return groupOf.get(producer(input)).find();
    }

    // Step 3: stages and channels.

    private void place(PlanNode n) {
      Proto stage = protos.get(groupOf.get(n).find());
      if (n instanceof Source s) {
        stage.inputs.add(new ProtoInput(s, ids -> new InputChannel.Splits(s)));
        return;
      }
      if (n instanceof Sink sink) {
        stage.outputs.add(ids -> new OutputChannel.Write(sink));
      } else {
        stage.operators.add(n);
      }
      Set<Integer> ex = exchanges.getOrDefault(n, Set.of());
      for (int i = 0; i < n.inputs().size(); i++) {
        Edge e = ex.contains(i) ? Edge.SHUFFLE : Edge.of(n, i);
        if (e == Edge.BROADCAST) {
          broadcast(n, i, stage);
        } else if (e == Edge.SHUFFLE) {
          shuffle(n, i, stage, ex.contains(i));
        }
      }
    }

    private void broadcast(PlanNode consumer, int index, Proto to) {
      PlanNode rows = consumer.inputs().get(index);
      Proto from = protos.get(groupOf.get(rows).find());
      String channel = nextChannel();
      from.outputs.add(ids -> new OutputChannel.Broadcast(channel, rows, ids.get(to)));
      to.inputs.add(new ProtoInput(rows,
          ids -> new InputChannel.Broadcast(channel, ids.get(from), rows, consumer, index)));
      to.dependsOn.add(from);
    }

    private void shuffle(PlanNode consumer, int index, Proto to, boolean exchange) {
      PlanNode rows = consumer.inputs().get(index);
      PlanNode producer = producer(rows);
      Optional<PlanNode> combiner = Edge.isCombiner(rows) ? Optional.of(rows) : Optional.empty();
      Proto from = protos.get(groupOf.get(producer).find());
      String channel = nextChannel();
      Partitioning partitioning;
      if (exchange) {
        partitioning = new Partitioning.RoundRobin(partitions(consumer));
      } else if (consumer instanceof Sort s) {
        int n = partitions(consumer);
        String boundaries = nextChannel();
        partitioning = new Partitioning.Range(s.keys(), n, boundaries);
        sample(from, producer, s, n, boundaries);
      } else {
        partitioning = keyed(consumer, index, rows);
      }
      Partitioning p = partitioning;
      from.outputs.add(ids -> new OutputChannel.Shuffle(channel, producer, combiner, p, ids.get(to)));
      to.inputs.add(new ProtoInput(rows,
          ids -> new InputChannel.ShufflePartition(channel, ids.get(from), rows, p, consumer, index)));
      to.dependsOn.add(from);
    }

    private Partitioning keyed(PlanNode consumer, int index, PlanNode rows) {
      if (consumer instanceof Aggregate a) {
        return a.isGlobal() ? new Partitioning.Single() : new Partitioning.Hash(a.keys(), partitions(consumer));
      }
      if (consumer instanceof Join j) {
        List<Integer> keys = j.keys().stream().map(k -> index == 0 ? k.left() : k.right()).toList();
        return new Partitioning.Hash(keys, partitions(consumer));
      }
      if (consumer instanceof TopK || consumer instanceof Limit) {
        return new Partitioning.Single();
      }
      // Distinct: the whole row is the key.
      return new Partitioning.Hash(IntStream.range(0, rows.schema().size()).boxed().toList(), partitions(consumer));
    }

    /**
     * A stage that runs {@code producer}'s chain over a sample of the producing stage's inputs and
     * sends range boundaries to it; it reads what the producing stage reads, before it runs.
     */
    private void sample(Proto from, PlanNode producer, Sort sort, int partitions, String channel) {
      Proto sampler = new Proto(from.key - 1, StageKind.SAMPLE, null);
      Set<PlanNode> needed = ancestorsWithin(producer, from);
      for (PlanNode op : order) {
        if (needed.contains(op) && groupOf.get(op) != null && groupOf.get(op).find() == from.group
            && !(op instanceof Source)) {
          sampler.operators.add(op);
        }
      }
      sampler.dependsOn.addAll(from.dependsOn);
      for (ProtoInput in : from.inputs) {
        if (needed.contains(in.rows())) {
          sampler.inputs.add(in);
        }
      }
      double fraction = options.sampleFraction();
      sampler.outputs.add(ids -> new OutputChannel.RangeBoundaries(channel, producer, sort.keys(), partitions, fraction,
          ids.get(from)));
      from.inputs.add(new ProtoInput(producer,
          ids -> new InputChannel.RangeBoundaries(channel, ids.get(sampler), producer, sort.keys())));
      from.dependsOn.add(sampler);
      samplers.add(sampler);
    }

    /** {@code node} and what it reads, stopping at the edges of stage {@code stage}. */
    private Set<PlanNode> ancestorsWithin(PlanNode node, Proto stage) {
      Set<PlanNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
      List<PlanNode> todo = new ArrayList<>(List.of(node));
      while (!todo.isEmpty()) {
        PlanNode n = todo.remove(todo.size() - 1);
        if (!out.add(n)) {
          continue;
        }
        Group g = groupOf.get(n);
        if (g != null && g.find() == stage.group && !(n instanceof Source)) {
          todo.addAll(n.inputs());
        }
      }
      return out;
    }

    private int partitions(PlanNode consumer) {
      if ((consumer instanceof Aggregate a && a.isGlobal()) || consumer instanceof TopK || consumer instanceof Limit) {
        return 1;
      }
      OptionalLong bytes = InputSizeEstimate.of(consumer, options);
      if (bytes.isEmpty()) {
        return options.defaultParallelism();
      }
      long n = (bytes.getAsLong() + options.targetBytesPerPartition() - 1) / options.targetBytesPerPartition();
      return (int) Math.max(1, Math.min(options.maxParallelism(), n));
    }

    private String nextChannel() {
      return "c" + (++channels);
    }

    // Step 4: order and numbers.

    private StagePlan number() {
      List<Proto> all = new ArrayList<>(protos.values());
      all.addAll(samplers);
      Map<Proto, Integer> waiting = new HashMap<>();
      Map<Proto, List<Proto>> dependents = new HashMap<>();
      for (Proto p : all) {
        waiting.put(p, p.dependsOn.size());
        p.dependsOn.forEach(d -> dependents.computeIfAbsent(d, x -> new ArrayList<>()).add(p));
      }
      PriorityQueue<Proto> ready = new PriorityQueue<>((a, b) -> Integer.compare(a.key, b.key));
      all.stream().filter(p -> p.dependsOn.isEmpty()).forEach(ready::add);
      List<Proto> sorted = new ArrayList<>();
      while (!ready.isEmpty()) {
        Proto p = ready.poll();
        sorted.add(p);
        for (Proto d : dependents.getOrDefault(p, List.of())) {
          if (waiting.merge(d, -1, Integer::sum) == 0) {
            ready.add(d);
          }
        }
      }
      if (sorted.size() != all.size()) {
        throw new InvalidPlanException("stage planning of " + plan.pipeline() + " produced a cycle between stages");
      }
      Map<Proto, String> ids = new HashMap<>();
      for (int i = 0; i < sorted.size(); i++) {
        ids.put(sorted.get(i), "s" + (i + 1));
      }
      List<Stage> stages = new ArrayList<>();
      for (Proto p : sorted) {
        List<InputChannel> inputs = p.inputs.stream().map(in -> in.make().apply(ids)).toList();
        boolean reads = inputs.stream().anyMatch(InputChannel.Splits.class::isInstance);
        StageKind kind = p.kind == StageKind.SAMPLE ? StageKind.SAMPLE : reads ? StageKind.MAP : StageKind.REDUCE;
        stages.add(new Stage(ids.get(p), kind, inputs, p.operators,
            p.outputs.stream().map(o -> o.apply(ids)).toList(), parallelism(inputs)));
      }
      return new StagePlan(plan.pipeline(), stages);
    }

    private Parallelism parallelism(List<InputChannel> inputs) {
      if (inputs.stream().anyMatch(InputChannel.Splits.class::isInstance)) {
        return new Parallelism.PerSplit();
      }
      int tasks = inputs.stream().filter(InputChannel.ShufflePartition.class::isInstance)
          .mapToInt(in -> ((InputChannel.ShufflePartition) in).partitioning().partitions()).max().orElse(1);
      return new Parallelism.Fixed(tasks);
    }
  }

  /** The node that computes the rows of {@code input}: the input itself, or a combiner's input. */
  private static PlanNode producer(PlanNode input) {
    return Edge.isCombiner(input) ? input.inputs().get(0) : input;
  }
}
