package dev.marvel.lsp;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.CatalogFunction;
import dev.marvel.analysis.FunctionCatalog;
import dev.marvel.analysis.NameBinding;
import dev.marvel.analysis.ResolvedFunction;
import dev.marvel.ast.Decl;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Node;
import dev.marvel.stdlib.Builtin;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover: a dataset's schema, a parameter's type, a schema's columns, a function's signature and
 * doc, or the type of the column or expression under the cursor (from analysis).
 */
final class HoverProvider {
  private final FunctionCatalog functions;

  HoverProvider(FunctionCatalog functions) {
    this.functions = functions;
  }

  Optional<Hover> hover(AnalyzedDocument doc, int offset) {
    Optional<Symbol> symbol = doc.symbols().at(offset);
    if (symbol.isPresent()) {
      return symbolHover(doc, symbol.get()).map(text -> hover(doc, symbol.get().span(), text));
    }
    NodePath path = NodePath.at(doc.program(), offset);
    Optional<Expr.Call> call = path.innermost(Expr.Call.class).filter(c -> c.function().span().contains(offset));
    if (call.isPresent()) {
      return functionHover(doc.analysis(), call.get()).map(text -> hover(doc, call.get().function().span(), text));
    }
    Optional<AnalyzedProgram> analysis = doc.analysis();
    if (analysis.isEmpty()) {
      return Optional.empty();
    }
    for (int i = path.nodes().size() - 1; i >= 0; i--) {
      Node n = path.nodes().get(i);
      if (n instanceof Expr e && analysis.get().findType(e).isPresent()) {
        return Optional.of(hover(doc, e.span(), exprHover(doc, analysis.get(), e)));
      }
    }
    return Optional.empty();
  }

  private String exprHover(AnalyzedDocument doc, AnalyzedProgram analysis, Expr e) {
    String type = analysis.findType(e).get().display();
    if (e instanceof Expr.Name n) {
      Optional<NameBinding> binding = analysis.findBinding(n);
      if (binding.isPresent() && binding.get() instanceof NameBinding.ColumnRef c) {
        return code(c.column().display() + ": " + type) + "\ncolumn of the rows in scope";
      }
    }
    return code(doc.file().text(e.span()) + ": " + type);
  }

  private Optional<String> symbolHover(AnalyzedDocument doc, Symbol s) {
    Optional<AnalyzedProgram> analysis = doc.analysis();
    switch (s.kind()) {
      case DATASET: {
        Optional<Schema> schema = analysis.flatMap(a -> pipeline(a, s.scope())).map(p -> p.datasetSchemas().get(s.name()));
        return Optional.of(code("dataset " + s.name() + schema.map(x -> " " + x.display()).orElse("")));
      }
      case PARAMETER: {
        Decl.Pipeline p = doc.program().pipelines().get(s.scope());
        return p.params().stream().filter(x -> x.name().name().equals(s.name())).findFirst()
            .map(x -> code("parameter " + doc.file().text(x.span())));
      }
      default:
        return doc.program().schemas().stream().filter(x -> x.name().name().equals(s.name())).findFirst()
            .map(x -> code("schema " + s.name() + " " + x.fields().stream()
                .map(f -> f.name().name() + ": " + doc.file().text(f.type().span())).collect(Collectors.joining(", ", "(", ")"))));
    }
  }

  private static Optional<AnalyzedPipeline> pipeline(AnalyzedProgram a, int index) {
    return index < a.pipelines().size() ? Optional.of(a.pipelines().get(index)) : Optional.empty();
  }

  private Optional<String> functionHover(Optional<AnalyzedProgram> analysis, Expr.Call call) {
    Optional<ResolvedFunction> resolved = analysis.flatMap(a -> a.findFunction(call));
    if (resolved.isPresent() && resolved.get() instanceof ResolvedFunction.Builtin b) {
      return Optional.of(describe(b.signature().display(), b.method().getAnnotation(Builtin.class)));
    }
    if (resolved.isPresent() && resolved.get() instanceof ResolvedFunction.Aggregate a) {
      return Optional.of(code(a.name() + "(x): " + a.resultType().display()) + "\naggregate: takes " + a.function().expectedArgument());
    }
    List<CatalogFunction> overloads = functions.overloads(call.function().name());
    if (overloads.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(overloads.stream().map(f -> describe(f.signature().display(), f.method().getAnnotation(Builtin.class)))
        .collect(Collectors.joining("\n---\n")));
  }

  private static String describe(String signature, Builtin builtin) {
    return code(signature) + (builtin == null ? "" : "\n" + builtin.doc());
  }

  private static String code(String text) {
    return "```marvel\n" + text + "\n```";
  }

  private static Hover hover(AnalyzedDocument doc, dev.marvel.source.Span span, String markdown) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Positions.range(doc.file(), span));
  }
}
