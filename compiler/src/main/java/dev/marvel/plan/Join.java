package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * An equi-join. Output: the left columns then the right columns (qualified by their side's alias);
 * outer kinds fill the missing side with nulls. {@code keys} pair a left column with a right column
 * (indexes into each side's schema). The hints record a {@code broadcast} written in source;
 * {@code strategy} is what the optimizer chose.
 */
public record Join(
    PlanNode left, PlanNode right, JoinKind kind, List<KeyPair> keys, JoinStrategy strategy,
    boolean broadcastLeftHint, boolean broadcastRightHint, Span span) implements PlanNode {

  /** {@code left.column(left) == right.column(right)}. */
  public record KeyPair(int left, int right) {}

  public Join {
    keys = List.copyOf(keys);
  }

  public Join withStrategy(JoinStrategy s) {
    return new Join(left, right, kind, keys, s, broadcastLeftHint, broadcastRightHint, span);
  }

  @Override
  public Schema schema() {
    List<Column> cols = new ArrayList<>(left.schema().columns());
    cols.addAll(right.schema().columns());
    return new Schema(cols);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Join(inputs.get(0), inputs.get(1), kind, keys, strategy, broadcastLeftHint, broadcastRightHint, span);
  }

  @Override
  public String nodeName() {
    return "Join";
  }
}
