package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Program;
import dev.marvel.diag.Diagnostics;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic analysis of one parsed file: resolves names (schemas, functions, datasets,
 * parameters, columns), infers the schema after every step, type-checks every expression, and
 * reports every problem it finds into {@link Diagnostics}. The result is always returned; it is
 * complete only when no error was reported.
 */
public final class Analyzer {
  private final FunctionCatalog builtins;
  private final ClassLoader udfLoader;

  /**
   * @param builtins the stdlib functions
   * @param udfLoader where {@code use function} classes are looked up (the {@code --classpath})
   */
  public Analyzer(FunctionCatalog builtins, ClassLoader udfLoader) {
    this.builtins = builtins;
    this.udfLoader = udfLoader;
  }

  public AnalyzedProgram analyze(Program program, Diagnostics diagnostics) {
    AnalysisMessages messages = new AnalysisMessages(diagnostics, program.file());
    SideTables tables = new SideTables();
    TypeResolver types = new TypeResolver(messages);

    Map<String, Schema> schemas = new LinkedHashMap<>();
    Map<String, Decl.Schema> schemaDecls = new HashMap<>();
    for (Decl.Schema s : program.schemas()) {
      Schema schema = types.schema(s.fields());
      String name = s.name().name();
      if (s.name().isMissing()) {
        continue;
      }
      if (schemaDecls.containsKey(name)) {
        messages.duplicateSchema(s.name().span(), name, line(program, schemaDecls.get(name).name()));
        continue;
      }
      schemaDecls.put(name, s);
      schemas.put(name, schema);
    }

    List<CatalogFunction> udfs = new ArrayList<>();
    Map<String, Decl.UseFunction> udfDecls = new HashMap<>();
    Set<String> unlinked = new HashSet<>();
    UdfLinker linker = new UdfLinker(messages, types, udfLoader);
    for (Decl.UseFunction u : program.functions()) {
      String name = u.callName().name();
      if (udfDecls.containsKey(name)) {
        messages.duplicateFunction(u.callName().span(), name, line(program, udfDecls.get(name).callName()));
        continue;
      }
      udfDecls.put(name, u);
      linker.link(u).ifPresentOrElse(udfs::add, () -> unlinked.add(name));
    }
    FunctionCatalog functions = builtins.withUdfs(udfs, unlinked);

    List<AnalyzedPipeline> pipelines = new ArrayList<>();
    Map<String, Decl.Pipeline> pipelineDecls = new HashMap<>();
    PipelineChecker checker = new PipelineChecker(messages, tables, functions, types, schemas, program.file());
    for (Decl.Pipeline p : program.pipelines()) {
      String name = p.name().name();
      if (pipelineDecls.containsKey(name) && !p.name().isMissing()) {
        messages.duplicatePipeline(p.name().span(), name, line(program, pipelineDecls.get(name).name()));
      }
      pipelineDecls.putIfAbsent(name, p);
      pipelines.add(checker.check(p));
    }
    return new AnalyzedProgram(program, pipelines, schemas, tables);
  }

  private static int line(Program program, dev.marvel.ast.Ident at) {
    return program.file().line(at.span().start());
  }
}
