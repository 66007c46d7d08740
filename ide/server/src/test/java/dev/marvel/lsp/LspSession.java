package dev.marvel.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real client talking JSON-RPC to a real {@link MarvelLanguageServer} over piped streams in this
 * JVM: what the tests see is what an editor would.
 */
final class LspSession implements AutoCloseable {
  static final String URI = "file:///work/test.mvl";

  final LanguageServer server;
  final RecordingClient client = new RecordingClient();
  final InitializeResult initialized;
  private final Future<Void> serverListening;
  private final Future<Void> clientListening;
  private int version = 1;

  LspSession() throws Exception {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    MarvelLanguageServer impl = new MarvelLanguageServer(code -> { });
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
    impl.connect(serverLauncher.getRemoteProxy());
    serverListening = serverLauncher.startListening();
    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
    clientListening = clientLauncher.startListening();
    server = clientLauncher.getRemoteProxy();
    initialized = get(server.initialize(new InitializeParams()));
    server.initialized(new InitializedParams());
  }

  static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(30, TimeUnit.SECONDS);
  }

  /** Opens the document and returns the diagnostics published for it. */
  PublishDiagnosticsParams open(String text) throws InterruptedException {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "marvel", version, text)));
    return client.nextDiagnostics();
  }

  /** Replaces the whole text and returns the diagnostics published for it. */
  PublishDiagnosticsParams replace(String text) throws InterruptedException {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(URI, ++version), List.of(new TextDocumentContentChangeEvent(text))));
    return client.nextDiagnostics();
  }

  static TextDocumentIdentifier doc() {
    return new TextDocumentIdentifier(URI);
  }

  /** The position of the first {@code marker} in {@code text}, plus {@code delta} characters. */
  static Position at(String text, String marker, int delta) {
    int offset = text.indexOf(marker);
    if (offset < 0) {
      throw new IllegalArgumentException("no `" + marker + "` in the text");
    }
    offset += delta;
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  @Override
  public void close() throws IOException {
    serverListening.cancel(true);
    clientListening.cancel(true);
  }

  /** Records what the server sends: diagnostics in order, and log messages (crashes are logged there). */
  static final class RecordingClient implements LanguageClient {
    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();

    PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
      PublishDiagnosticsParams p = diagnostics.poll(30, TimeUnit.SECONDS);
      if (p == null) {
        throw new AssertionError("no diagnostics published within 30 s");
      }
      return p;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void logMessage(MessageParams message) {
      logs.add(message);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }
  }
}
