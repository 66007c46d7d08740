package dev.marvel.lsp;

import dev.marvel.analysis.AggregateFunction;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.CatalogFunction;
import dev.marvel.analysis.FunctionCatalog;
import dev.marvel.ast.Decl;
import dev.marvel.ast.Program;
import dev.marvel.ast.Statement;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.source.SourceFile;
import dev.marvel.stdlib.Builtin;
import dev.marvel.types.Column;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Completion: what {@link CursorContext} says may come next — keywords, datasets, schemas, types,
 * or in an expression the columns of the rows in scope ({@link RowScope}), the pipeline's
 * parameters and the functions with their signatures and docs.
 *
 * <p>Text being typed rarely parses; columns need an analysed program. So when the document has no
 * analysis, a placeholder name is put at the cursor ({@code r.} becomes {@code r.__cursor__}) and
 * that text is analysed instead: an unknown column is an analysis error, which still leaves the
 * schemas of the steps before it.
 */
final class CompletionProvider {
  private static final String PLACEHOLDER = "__cursor__";
  private static final List<String> TOP_LEVEL = List.of("pipeline", "schema", "use");
  private static final List<String> SOURCES = List.of("read", "join", "union");
  private static final List<String> OPERATORS =
      List.of("where", "filter", "select", "extend", "explode", "group", "aggregate", "distinct", "order", "limit");
  private static final List<String> EXPRESSION_KEYWORDS = List.of("and", "or", "not", "between", "in", "is", "null",
      "true", "false", "if", "then", "else", "case", "when", "end", "cast", "date", "matches", "asc", "desc");
  private static final List<String> JOIN_KEYWORDS = List.of("inner", "left", "right", "full", "broadcast");
  private static final List<String> FORMATS = List.of("text", "csv", "tsv");
  private static final List<String> TYPES = List.of("int", "long", "double", "string", "bool", "date", "path", "list");

  private final FrontEnd frontEnd;
  private final FunctionCatalog functions;

  CompletionProvider(FrontEnd frontEnd, FunctionCatalog functions) {
    this.frontEnd = frontEnd;
    this.functions = functions;
  }

  List<CompletionItem> complete(AnalyzedDocument doc, int offset) {
    String text = doc.file().text();
    CursorContext cursor = CursorContext.at(text, offset);
    Program program = doc.program();
    Optional<Decl.Pipeline> pipeline = program.pipelines().stream().filter(p -> p.span().contains(offset)).findFirst();
    List<CompletionItem> items = new ArrayList<>();
    switch (cursor.kind()) {
      case TOP_LEVEL -> keywords(items, TOP_LEVEL);
      case TYPE -> TYPES.forEach(t -> items.add(item(t, CompletionItemKind.TypeParameter, "type", null)));
      case STATEMENT -> keywords(items, List.of("write"));
      case SOURCE -> {
        keywords(items, SOURCES);
        datasets(items, pipeline);
      }
      case OPERATOR -> keywords(items, OPERATORS);
      case FORMAT -> FORMATS.forEach(f -> items.add(item(f, CompletionItemKind.Module, "format", null)));
      case DATASET -> {
        datasets(items, pipeline);
        keywords(items, JOIN_KEYWORDS);
      }
      case SCHEMA -> program.schemas().forEach(s -> items.add(item(s.name().name(), CompletionItemKind.Struct, "schema", null)));
      case BY -> keywords(items, List.of("by"));
      case MEMBER -> scope(doc, offset).ifPresent(s -> s.qualifiedBy(cursor.qualifier())
          .forEach(c -> items.add(item(c.name(), CompletionItemKind.Field, c.type().display(), null))));
      case EXPRESSION -> expression(items, doc, offset, pipeline);
    }
    String prefix = cursor.prefix().toLowerCase(Locale.ROOT);
    return items.stream().filter(i -> i.getLabel().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
  }

  private void expression(List<CompletionItem> items, AnalyzedDocument doc, int offset, Optional<Decl.Pipeline> pipeline) {
    Optional<RowScope> scope = scope(doc, offset);
    Set<String> seen = new LinkedHashSet<>();
    scope.flatMap(RowScope::columns).ifPresent(schema -> {
      for (Column c : schema.columns()) {
        c.qualifier().filter(seen::add).ifPresent(q -> items.add(item(q, CompletionItemKind.Module, "join side", null)));
        if (seen.add(c.name())) {
          items.add(item(c.name(), CompletionItemKind.Field, c.type().display(), null));
        }
      }
    });
    pipeline.ifPresent(p -> p.params().forEach(param -> items.add(
        item(param.name().name(), CompletionItemKind.Variable, "parameter: " + param.type().name().name(), null))));
    for (CatalogFunction f : functions.all()) {
      Builtin b = f.method().getAnnotation(Builtin.class);
      items.add(item(f.name(), CompletionItemKind.Function, f.signature().display(), b == null ? null : b.doc()));
    }
    for (AggregateFunction a : AggregateFunction.values()) {
      items.add(item(a.sourceName(), CompletionItemKind.Function, a.sourceName() + "(x) — aggregate",
          "An aggregate, only allowed after `aggregate`; takes " + a.expectedArgument() + "."));
    }
    keywords(items, EXPRESSION_KEYWORDS);
  }

  /** The row scope at the cursor, from the document's analysis or, if it has none, from the text with a placeholder at the cursor. */
  private Optional<RowScope> scope(AnalyzedDocument doc, int offset) {
    if (doc.analysis().isPresent()) {
      return RowScope.at(doc.program(), doc.analysis(), offset);
    }
    String text = doc.file().text();
    String patched = text.substring(0, offset) + PLACEHOLDER + text.substring(offset);
    FrontEnd.Result result = frontEnd.check(new SourceFile(doc.file().name(), patched));
    Optional<AnalyzedProgram> analysis = result.analysis();
    return result.program().flatMap(p -> RowScope.at(p, analysis, offset));
  }

  private static void datasets(List<CompletionItem> items, Optional<Decl.Pipeline> pipeline) {
    pipeline.ifPresent(p -> p.body().stream().filter(Statement.Assign.class::isInstance).map(Statement.Assign.class::cast)
        .map(a -> a.name().name()).filter(n -> !n.isEmpty()).distinct()
        .forEach(n -> items.add(item(n, CompletionItemKind.Variable, "dataset", null))));
  }

  private static void keywords(List<CompletionItem> items, List<String> words) {
    words.forEach(w -> items.add(item(w, CompletionItemKind.Keyword, null, null)));
  }

  private static CompletionItem item(String label, CompletionItemKind kind, String detail, String doc) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    if (doc != null) {
      item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, doc));
    }
    return item;
  }
}
