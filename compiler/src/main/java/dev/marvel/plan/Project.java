package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/** Computes exactly the listed columns from each input row ({@code select}, {@code extend}). */
public record Project(PlanNode input, List<NamedExpr> outputs, Span span) implements PlanNode {

  public Project {
    outputs = List.copyOf(outputs);
  }

  @Override
  public Schema schema() {
    return new Schema(outputs.stream().map(NamedExpr::column).toList());
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Project(inputs.get(0), outputs, span);
  }

  @Override
  public String nodeName() {
    return "Project";
  }
}
