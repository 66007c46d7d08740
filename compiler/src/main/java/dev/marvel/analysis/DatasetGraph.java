package dev.marvel.analysis;

import dev.marvel.ast.Ident;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which datasets of a pipeline read which: reports references to unknown datasets and reference
 * cycles, and orders the datasets so that each comes after those it reads.
 */
final class DatasetGraph {
  private final Map<String, Statement.Assign> datasets;
  private final AnalysisMessages messages;
  private final Set<String> read = new HashSet<>();
  private final Set<String> cyclic = new HashSet<>();
  private final List<Statement.Assign> order = new ArrayList<>();

  DatasetGraph(Map<String, Statement.Assign> datasets, AnalysisMessages messages) {
    this.datasets = datasets;
    this.messages = messages;
    for (Statement.Assign a : datasets.values()) {
      for (Ident ref : references(a.value().source())) {
        if (ref.isMissing()) {
          continue;
        }
        if (datasets.containsKey(ref.name())) {
          read.add(ref.name());
        } else {
          messages.unknownDataset(ref.span(), ref.name(), datasets.keySet().stream()
              .filter(n -> !n.equals(a.name().name())).toList());
        }
      }
    }
    Set<String> done = new HashSet<>();
    for (String name : datasets.keySet()) {
      visit(name, new ArrayList<>(), done);
    }
  }

  /** The datasets not on a cycle, each after every dataset it reads, otherwise in source order. */
  List<Statement.Assign> dependencyOrder() {
    return List.copyOf(order);
  }

  /** Whether another dataset's flow reads {@code name}. */
  boolean isRead(String name) {
    return read.contains(name);
  }

  private void visit(String name, List<String> path, Set<String> done) {
    if (done.contains(name)) {
      return;
    }
    int onPath = path.indexOf(name);
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(name);
      if (cycle.stream().noneMatch(cyclic::contains)) {
        Statement.Assign first = datasets.get(cycle.get(0));
        messages.cyclicDatasets(first.name().span(), cycle);
      }
      cyclic.addAll(cycle);
      return;
    }
    path.add(name);
    for (Ident ref : references(datasets.get(name).value().source())) {
      if (datasets.containsKey(ref.name())) {
        visit(ref.name(), path, done);
      }
    }
    path.remove(path.size() - 1);
    done.add(name);
    if (!cyclic.contains(name)) {
      order.add(datasets.get(name));
    }
  }

  static List<Ident> references(Source source) {
    if (source instanceof Source.DatasetRef d) {
      return List.of(d.name());
    } else if (source instanceof Source.Join j) {
      return List.of(j.left().dataset(), j.right().dataset());
    } else if (source instanceof Source.Union u) {
      return u.inputs();
    }
    return List.of();
  }
}
