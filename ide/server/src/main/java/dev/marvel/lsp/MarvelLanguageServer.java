package dev.marvel.lsp;

import dev.marvel.analysis.FunctionCatalog;
import dev.marvel.compiler.FrontEnd;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Marvel language server: a thin adapter over the compiler's front end ({@link FrontEnd}) and
 * {@link dev.marvel.format.Formatter}. It announces what it can do and hands documents to
 * {@link MarvelTextDocumentService}. {@code use function} classes are looked up on the server's
 * own class path, so UDFs show as unresolved in the editor.
 */
public final class MarvelLanguageServer implements LanguageServer, LanguageClientAware {
  private final RequestGuard guard = new RequestGuard();
  private final MarvelTextDocumentService documents;
  private final IntConsumer exit;
  private final WorkspaceService workspaceService = new WorkspaceService() {
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
      // the server has no settings
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      // each file is analysed on its own, from the editor's text
    }
  };
  private int exitCode = 1;

  /** A server for a process of its own: {@code exit} ends the JVM. */
  public MarvelLanguageServer() {
    this(System::exit);
  }

  /** @param exit what the {@code exit} notification does with the exit code (tests keep their JVM) */
  MarvelLanguageServer(IntConsumer exit) {
    this.exit = exit;
    FunctionCatalog functions = FunctionCatalog.standard();
    FrontEnd frontEnd = new FrontEnd(functions, MarvelLanguageServer.class.getClassLoader());
    documents = new MarvelTextDocumentService(new Workspace(frontEnd), guard, Providers.create(frontEnd, functions));
  }

  @Override
  public void connect(LanguageClient client) {
    guard.connect(client);
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    c.setCompletionProvider(new CompletionOptions(false, List.of(".", "|")));
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setDocumentSymbolProvider(true);
    c.setRenameProvider(new RenameOptions(true));
    c.setDocumentFormattingProvider(true);
    return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("marvel-language-server", "0.1.0")));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    exitCode = 0;
    return CompletableFuture.completedFuture(null);
  }

  /** Exits the process: 0 after a {@code shutdown} request, 1 without one (the LSP rule). */
  @Override
  public void exit() {
    exit.accept(exitCode);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }
}
