package dev.marvel.lsp;

import java.util.List;
import org.eclipse.lsp4j.Location;

/** Find references: every occurrence of the dataset, parameter or schema under the cursor, in source order. */
final class ReferencesProvider {

  List<Location> references(AnalyzedDocument doc, int offset, boolean includeDeclaration) {
    SymbolTable symbols = doc.symbols();
    return symbols.at(offset).map(symbols::occurrencesOf).orElse(List.of()).stream()
        .filter(s -> includeDeclaration || !s.declaration())
        .map(s -> new Location(doc.uri(), Positions.range(doc.file(), s.span())))
        .toList();
  }
}
