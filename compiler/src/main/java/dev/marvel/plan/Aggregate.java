package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups rows by the input columns {@code keys} and computes {@code calls} per group; no keys is a
 * global aggregate (one row). Output: the key columns, then each call's columns for
 * {@link #phase()} (see {@link AggCall#outputColumns}). Key expressions are computed by a
 * {@link Project} below, so keys here are plain column indexes.
 */
public record Aggregate(PlanNode input, List<Integer> keys, List<AggCall> calls, Phase phase, Span span)
    implements PlanNode {

  public Aggregate {
    keys = List.copyOf(keys);
    calls = List.copyOf(calls);
  }

  public boolean isGlobal() {
    return keys.isEmpty();
  }

  @Override
  public Schema schema() {
    List<Column> cols = new ArrayList<>();
    Schema in = input.schema();
    for (int k : keys) {
      cols.add(k >= 0 && k < in.size() ? in.get(k) : Column.of("?" + k, Type.NULL));
    }
    for (AggCall c : calls) {
      cols.addAll(c.outputColumns(phase));
    }
    return new Schema(cols);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Aggregate(inputs.get(0), keys, calls, phase, span);
  }

  @Override
  public String nodeName() {
    return phase == Phase.SINGLE ? "Aggregate" : "Aggregate[" + phase.display() + "]";
  }
}
