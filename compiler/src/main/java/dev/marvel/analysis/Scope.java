package dev.marvel.analysis;

import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The names an expression can see: the columns of one schema, then the pipeline's parameters.
 * An {@code opaque} scope stands for a schema that could not be computed because of an earlier
 * error; names in it resolve to nothing without further complaints.
 */
record Scope(Schema schema, boolean opaque, Map<String, PipelineParameter> params) {

  static Scope paramsOnly(Map<String, PipelineParameter> params) {
    return new Scope(new Schema(List.of()), false, params);
  }

  List<Integer> columnsNamed(String name) {
    List<Column> cols = schema.columns();
    return IntStream.range(0, cols.size()).filter(i -> cols.get(i).name().equals(name)).boxed().toList();
  }

  List<String> qualifiers() {
    return schema.columns().stream().map(Column::qualifier).flatMap(Optional::stream).distinct().toList();
  }
}
