package dev.marvel.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs one request so that a defect never takes the server down or shows the user an error while
 * typing: an exception is logged to the client's output (with its stack trace) and the request
 * answers with its empty result. Deliberate refusals ({@link ResponseErrorException}, e.g. an
 * invalid new name) still reach the editor.
 */
final class RequestGuard {
  private volatile LanguageClient client;

  void connect(LanguageClient client) {
    this.client = client;
  }

  <T> CompletableFuture<T> answer(String request, T empty, Supplier<T> compute) {
    try {
      return CompletableFuture.completedFuture(compute.get());
    } catch (ResponseErrorException e) {
      return CompletableFuture.failedFuture(e);
    } catch (RuntimeException | StackOverflowError e) {
      log(request, e);
      return CompletableFuture.completedFuture(empty);
    }
  }

  void run(String notification, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | StackOverflowError e) {
      log(notification, e);
    }
  }

  private void log(String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(MessageType.Error, "Marvel language server: " + what + " failed: " + trace));
    }
  }
}
