package dev.marvel.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The content of a bundle's {@code plan.json}: what {@code marvelc compile} decided and the
 * runtime executes. Stages are listed in the compiler's order (a topological order is not
 * required; {@link PlanValidator} checks the graph). Build one freely; {@link PlanReader} and
 * {@link PlanWriter} only ever hand out or write plans that {@link PlanValidator} accepts.
 */
public record Plan(
    int formatVersion,
    String pipeline,
    SortedMap<String, String> parameters,
    List<Stage> stages,
    List<Sink> sinks) {

  /** The only format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public Plan {
    pipeline = Require.text(pipeline, "pipeline");
    parameters = Require.sorted(parameters);
    stages = List.copyOf(stages);
    sinks = List.copyOf(sinks);
  }

  public Optional<Stage> stage(String id) {
    return stages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Sink> sink(String id) {
    return sinks.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The stages that read {@code producer}'s shuffle or broadcast output, in plan order. */
  public List<Stage> consumersOf(String producer) {
    List<Stage> consumers = new ArrayList<>();
    for (Stage s : stages) {
      if (s.producers().contains(producer)) {
        consumers.add(s);
      }
    }
    return consumers;
  }
}
