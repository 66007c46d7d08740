package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@code write NAME to format(path, options)}: writes its input's rows; {@code dataset} is NAME. */
public record Sink(PlanNode input, String dataset, FileFormat format, String path,
    SortedMap<String, String> options, Span span) implements PlanNode {

  public Sink {
    options = new TreeMap<>(options);
  }

  @Override
  public Schema schema() {
    return input.schema();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return new Sink(inputs.get(0), dataset, format, path, options, span);
  }

  @Override
  public String nodeName() {
    return "Sink";
  }
}
