package dev.marvel.lsp;

import java.util.List;
import org.eclipse.lsp4j.Location;

/** Go to definition: from a use of a dataset, parameter or schema to the name where it is declared. */
final class DefinitionProvider {

  List<Location> definition(AnalyzedDocument doc, int offset) {
    SymbolTable symbols = doc.symbols();
    return symbols.at(offset).flatMap(symbols::declarationOf)
        .map(d -> List.of(new Location(doc.uri(), Positions.range(doc.file(), d.span()))))
        .orElse(List.of());
  }
}
