package dev.marvel.lsp;

import dev.marvel.analysis.FunctionCatalog;
import dev.marvel.compiler.FrontEnd;

/** One provider per LSP feature, built once per server. */
record Providers(
    DiagnosticsProvider diagnostics,
    CompletionProvider completion,
    HoverProvider hover,
    DefinitionProvider definition,
    ReferencesProvider references,
    DocumentSymbolProvider symbols,
    RenameProvider rename,
    FormattingProvider formatting) {

  static Providers create(FrontEnd frontEnd, FunctionCatalog functions) {
    return new Providers(new DiagnosticsProvider(), new CompletionProvider(frontEnd, functions), new HoverProvider(functions),
        new DefinitionProvider(), new ReferencesProvider(), new DocumentSymbolProvider(), new RenameProvider(),
        new FormattingProvider());
  }
}
