package dev.marvel.lsp;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Ident;
import dev.marvel.ast.Node;
import dev.marvel.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/** The outline: schemas with their fields, functions, and pipelines with their parameters and datasets. */
final class DocumentSymbolProvider {

  List<DocumentSymbol> symbols(AnalyzedDocument doc) {
    List<DocumentSymbol> out = new ArrayList<>();
    for (Decl d : doc.program().decls()) {
      if (d instanceof Decl.Schema s) {
        List<DocumentSymbol> fields = s.fields().stream()
            .map(f -> symbol(doc, f.name(), f, SymbolKind.Field, doc.file().text(f.type().span()), List.of())).toList();
        out.add(symbol(doc, s.name(), s, SymbolKind.Struct, "schema", fields));
      } else if (d instanceof Decl.UseFunction u) {
        out.add(symbol(doc, u.callName(), u, SymbolKind.Function, u.javaClassName() + "." + u.methodName(), List.of()));
      } else if (d instanceof Decl.Pipeline p) {
        List<DocumentSymbol> children = new ArrayList<>();
        p.params().forEach(x -> children.add(symbol(doc, x.name(), x, SymbolKind.Variable, "parameter", List.of())));
        for (Statement st : p.body()) {
          if (st instanceof Statement.Assign a) {
            children.add(symbol(doc, a.name(), a, SymbolKind.Variable, "dataset", List.of()));
          }
        }
        out.add(symbol(doc, p.name(), p, SymbolKind.Function, "pipeline", children));
      }
    }
    out.removeIf(s -> s.getName().isEmpty());
    return out;
  }

  private static DocumentSymbol symbol(AnalyzedDocument doc, Ident name, Node whole, SymbolKind kind, String detail,
      List<DocumentSymbol> children) {
    DocumentSymbol s = new DocumentSymbol(name.name(), kind, Positions.range(doc.file(), whole.span().to(name.span())),
        Positions.range(doc.file(), name.span()), detail);
    s.setChildren(children.stream().filter(c -> !c.getName().isEmpty()).toList());
    return s;
  }
}
