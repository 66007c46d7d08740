package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Statement;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One analysed pipeline.
 *
 * @param parameters in declaration order
 * @param datasets the {@code NAME = FLOW} statements in dependency order (every dataset after the
 *     datasets it reads); datasets on a reference cycle are left out
 * @param sinks the {@code write} statements in source order
 * @param datasetSchemas the output schema of each dataset whose schema could be computed
 */
public record AnalyzedPipeline(
    Decl.Pipeline declaration,
    List<PipelineParameter> parameters,
    List<Statement.Assign> datasets,
    List<Statement.Write> sinks,
    Map<String, Schema> datasetSchemas) {

  public AnalyzedPipeline {
    parameters = List.copyOf(parameters);
    datasets = List.copyOf(datasets);
    sinks = List.copyOf(sinks);
    datasetSchemas = Map.copyOf(datasetSchemas);
  }

  public String name() {
    return declaration.name().name();
  }

  public Optional<PipelineParameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<Statement.Assign> dataset(String name) {
    return datasets.stream().filter(d -> d.name().name().equals(name)).findFirst();
  }
}
