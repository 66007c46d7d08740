package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An equi-join. Output: the left columns qualified by {@code leftAlias}, then the right columns
 * qualified by {@code rightAlias} ({@code r.pageURL});
 * outer kinds fill the missing side with nulls. {@code keys} pair a left column with a right column
 * (indexes into each side's schema). The hints record a {@code broadcast} written in source;
 * {@code strategy} is what the optimizer chose.
 */
public record Join(
    PlanNode left, String leftAlias, PlanNode right, String rightAlias, JoinKind kind, List<KeyPair> keys, JoinStrategy strategy,
    boolean broadcastLeftHint, boolean broadcastRightHint, Span span) implements PlanNode {

  /** {@code left.column(left) == right.column(right)}. */
  public record KeyPair(int left, int right) {}

  public Join {
    keys = List.copyOf(keys);
  }

  public Join withStrategy(JoinStrategy s) {
    return new Join(left, leftAlias, right, rightAlias, kind, keys, s, broadcastLeftHint, broadcastRightHint, span);
  }

  @Override
  public Schema schema() {
    List<Column> cols = new ArrayList<>();
    Schema l = left.schema();
    Schema r = right == left ? l : right.schema(); // a self-join: compute the shared side's schema once
    l.columns().forEach(c -> cols.add(new Column(Optional.of(leftAlias), c.name(), c.type())));
    r.columns().forEach(c -> cols.add(new Column(Optional.of(rightAlias), c.name(), c.type())));
    return new Schema(cols);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Join(inputs.get(0), leftAlias, inputs.get(1), rightAlias, kind, keys, strategy, broadcastLeftHint, broadcastRightHint, span);
  }

  @Override
  public String nodeName() {
    return "Join";
  }
}
