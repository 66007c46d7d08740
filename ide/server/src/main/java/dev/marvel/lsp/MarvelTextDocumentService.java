package dev.marvel.lsp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the protocol: keeps the {@link Workspace} in step with the editor,
 * publishes diagnostics after every change, and hands each request to its provider through the
 * {@link RequestGuard}. Requests are answered on the message thread, after the edits before them.
 */
final class MarvelTextDocumentService implements TextDocumentService {
  private final Workspace workspace;
  private final RequestGuard guard;
  private final Providers providers;
  private volatile LanguageClient client;

  MarvelTextDocumentService(Workspace workspace, RequestGuard guard, Providers providers) {
    this.workspace = workspace;
    this.guard = guard;
    this.providers = providers;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    guard.run("didOpen", () -> publish(workspace.open(params.getTextDocument().getUri(),
        params.getTextDocument().getVersion(), params.getTextDocument().getText())));
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    guard.run("didChange", () -> publish(workspace.change(params.getTextDocument().getUri(),
        params.getTextDocument().getVersion(), params.getContentChanges())));
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    guard.run("didClose", () -> {
      String uri = params.getTextDocument().getUri();
      workspace.close(uri);
      if (client != null) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
      }
    });
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // the text was analysed when it changed; saving adds nothing
  }

  private void publish(AnalyzedDocument doc) {
    if (client != null) {
      client.publishDiagnostics(providers.diagnostics().diagnostics(doc));
    }
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return guard.answer("completion", Either.forLeft(List.of()), () -> Either.forLeft(
        at(params.getTextDocument().getUri(), params.getPosition(), List.of(), providers.completion()::complete)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return guard.answer("hover", null, () -> at(params.getTextDocument().getUri(), params.getPosition(), Optional.<Hover>empty(),
        providers.hover()::hover).orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    return guard.answer("definition", Either.forLeft(List.of()), () -> Either.forLeft(
        at(params.getTextDocument().getUri(), params.getPosition(), List.of(), providers.definition()::definition)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean declaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
    return guard.answer("references", List.of(), () -> at(params.getTextDocument().getUri(), params.getPosition(), List.of(),
        (doc, offset) -> providers.references().references(doc, offset, declaration)));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return guard.answer("documentSymbol", List.of(), () -> workspace.get(params.getTextDocument().getUri())
        .map(doc -> providers.symbols().symbols(doc).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList())
        .orElse(List.of()));
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
      PrepareRenameParams params) {
    return guard.answer("prepareRename", null, () -> at(params.getTextDocument().getUri(), params.getPosition(),
        Optional.<Range>empty(), providers.rename()::prepare)
        .map(Either3::<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forFirst).orElse(null));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return guard.answer("rename", null, () -> at(params.getTextDocument().getUri(), params.getPosition(), null,
        (doc, offset) -> providers.rename().rename(doc, offset, params.getNewName())));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return guard.answer("formatting", List.of(), () -> workspace.get(params.getTextDocument().getUri())
        .map(providers.formatting()::format).orElse(List.of()));
  }

  /** Asks a provider about a position of an open document; {@code none} for a document the editor never opened. */
  private <T> T at(String uri, Position position, T none, BiFunction<AnalyzedDocument, Integer, T> provider) {
    return workspace.get(uri).map(doc -> provider.apply(doc, Positions.offset(doc.file(), position))).orElse(none);
  }
}
