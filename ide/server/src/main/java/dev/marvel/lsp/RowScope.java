package dev.marvel.lsp;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.ast.Decl;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Program;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.Optional;

/**
 * The rows an expression at an offset is evaluated against: inside an operator, the schema of the
 * step before it; inside a join condition, the join's (qualified) columns; and the pipeline, whose
 * parameters are in scope too.
 */
record RowScope(Decl.Pipeline pipeline, Optional<Schema> columns) {

  static Optional<RowScope> at(Program program, Optional<AnalyzedProgram> analysis, int offset) {
    for (Decl.Pipeline p : program.pipelines()) {
      if (!p.span().contains(offset)) {
        continue;
      }
      for (Statement s : p.body()) {
        if (s instanceof Statement.Assign a && a.value().span().contains(offset) && analysis.isPresent()) {
          return Optional.of(new RowScope(p, inputOf(a.value(), analysis.get(), offset)));
        }
      }
      return Optional.of(new RowScope(p, Optional.empty()));
    }
    return Optional.empty();
  }

  private static Optional<Schema> inputOf(Flow flow, AnalyzedProgram analysis, int offset) {
    if (flow.source() instanceof Source.Join join && join.condition().span().contains(offset)) {
      return analysis.findSchema(join);
    }
    List<Operator> ops = flow.ops();
    for (int i = ops.size() - 1; i >= 0; i--) {
      if (ops.get(i).span().start() <= offset) {
        return i == 0 ? analysis.findSchema(flow.source()) : analysis.findSchema(ops.get(i - 1));
      }
    }
    return Optional.empty();
  }

  /** The columns a qualifier names: {@code r} in {@code r.pageURL}. */
  List<Column> qualifiedBy(String qualifier) {
    return columns.map(s -> s.columns().stream().filter(c -> c.qualifier().equals(Optional.of(qualifier))).toList())
        .orElse(List.of());
  }
}
