package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Statement;
import dev.marvel.source.SourceFile;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one pipeline: its parameters, its datasets (names, references, cycles), every flow in
 * dependency order, its sinks, and what is declared but never used.
 */
final class PipelineChecker {
  private final AnalysisMessages messages;
  private final SideTables tables;
  private final FunctionCatalog functions;
  private final TypeResolver types;
  private final Map<String, Schema> declaredSchemas;
  private final SourceFile file;

  PipelineChecker(AnalysisMessages messages, SideTables tables, FunctionCatalog functions, TypeResolver types,
      Map<String, Schema> declaredSchemas, SourceFile file) {
    this.messages = messages;
    this.tables = tables;
    this.functions = functions;
    this.types = types;
    this.declaredSchemas = declaredSchemas;
    this.file = file;
  }

  AnalyzedPipeline check(Decl.Pipeline pipeline) {
    int errorsBefore = messages.errorCount();
    Set<PipelineParameter> used = Collections.newSetFromMap(new IdentityHashMap<>());
    ExprChecker exprs = new ExprChecker(messages, tables, functions, types, used);
    Map<String, PipelineParameter> params = new ParameterChecker(messages, types, exprs).check(pipeline.params());
    Scope paramScope = Scope.paramsOnly(params);

    Map<String, Statement.Assign> datasets = new LinkedHashMap<>();
    List<Statement.Write> sinks = new ArrayList<>();
    for (Statement s : pipeline.body()) {
      if (s instanceof Statement.Assign a) {
        String name = a.name().name();
        if (a.name().isMissing()) {
          continue;
        }
        if (datasets.containsKey(name)) {
          messages.duplicateDataset(a.name().span(), name, file.line(datasets.get(name).name().span().start()));
        } else {
          datasets.put(name, a);
        }
      } else {
        sinks.add((Statement.Write) s);
      }
    }

    DatasetGraph graph = new DatasetGraph(datasets, messages);
    Map<String, Schema> schemas = new HashMap<>();
    FormatChecker formats = new FormatChecker(messages, exprs);
    SourceChecker sources = new SourceChecker(messages, tables, exprs, formats, types, declaredSchemas);
    OperatorChecker operators = new OperatorChecker(messages, exprs);
    for (Statement.Assign a : graph.dependencyOrder()) {
      Schema s = flow(a.value(), schemas, paramScope, sources, operators);
      if (s != null) {
        schemas.put(a.name().name(), s);
      }
    }
    Set<String> written = new HashSet<>();
    for (Statement.Write w : sinks) {
      String name = w.dataset().name();
      boolean known = formats.check(w.format(), paramScope);
      if (w.dataset().isMissing()) {
        continue;
      }
      written.add(name);
      if (!datasets.containsKey(name)) {
        messages.unknownDataset(w.dataset().span(), name, datasets.keySet());
      } else if (schemas.containsKey(name)) {
        checkWritable(w, schemas.get(name), known);
      }
    }
    if (sinks.isEmpty()) {
      messages.noSinks(pipeline.name().span(), pipeline.name().name());
    } else if (messages.errorCount() == errorsBefore) {
      // after an error (a misspelt dataset or parameter) "never used" is mostly its echo
      warnUnused(datasets, written, graph, params, used);
    }
    return new AnalyzedPipeline(pipeline, List.copyOf(params.values()), graph.dependencyOrder(), sinks, schemas);
  }

  private void warnUnused(Map<String, Statement.Assign> datasets, Set<String> written, DatasetGraph graph,
      Map<String, PipelineParameter> params, Set<PipelineParameter> used) {
    for (Statement.Assign a : datasets.values()) {
      String name = a.name().name();
      if (!written.contains(name) && !graph.isRead(name)) {
        messages.unusedDataset(a.name().span(), name);
      }
    }
    for (PipelineParameter p : params.values()) {
      if (!used.contains(p)) {
        messages.unusedParameter(p.declaration().name().span(), p.name());
      }
    }
  }

  private Schema flow(Flow flow, Map<String, Schema> schemas, Scope params, SourceChecker sources, OperatorChecker ops) {
    Schema current = sources.check(flow.source(), schemas, params);
    for (Operator op : flow.ops()) {
      Scope scope = current == null
          ? new Scope(new Schema(List.of()), true, params.params())
          : new Scope(current, false, params.params());
      current = ops.check(op, scope);
      if (current != null) {
        tables.schemas.put(op, current);
      }
    }
    if (current != null) {
      tables.schemas.put(flow, current);
    }
    return current;
  }

  private void checkWritable(Statement.Write w, Schema schema, boolean formatKnown) {
    for (Column c : schema.columns()) {
      if (c.type() instanceof Type.ListOf) {
        messages.listNotWritable(w.dataset().span(), w.dataset().name(), c.name(), c.type());
        return;
      }
    }
    if (formatKnown && w.format().name().name().equals("text")
        && (schema.size() != 1 || !Type.assignable(schema.get(0).type(), Type.STRING))) {
      messages.textSinkShape(w.format().span(), w.dataset().name(), schema.display());
    }
  }
}
