package dev.marvel.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;

/** A provider defect becomes a log line and an empty answer; a deliberate refusal stays an error. */
class RequestGuardTest {

  @Test
  void aCrashIsLoggedAndAnsweredEmpty() throws Exception {
    List<MessageParams> logs = new CopyOnWriteArrayList<>();
    RequestGuard guard = new RequestGuard();
    guard.connect(logging(logs));
    CompletableFuture<List<String>> answer = guard.answer("completion", List.of(), () -> {
      throw new IllegalStateException("boom");
    });
    assertEquals(List.of(), answer.get());
    assertEquals(1, logs.size());
    assertEquals(MessageType.Error, logs.get(0).getType());
    assertTrue(logs.get(0).getMessage().startsWith("Marvel language server: completion failed: java.lang.IllegalStateException: boom"),
        logs.get(0).getMessage());
  }

  @Test
  void aRefusalReachesTheEditor() {
    RequestGuard guard = new RequestGuard();
    CompletableFuture<String> answer = guard.answer("rename", null, () -> {
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "no", null));
    });
    ExecutionException e = assertThrows(ExecutionException.class, answer::get);
    assertTrue(e.getCause() instanceof ResponseErrorException);
  }

  private static LanguageClient logging(List<MessageParams> logs) {
    return new LanguageClient() {
      @Override
      public void logMessage(MessageParams message) {
        logs.add(message);
      }

      @Override
      public void telemetryEvent(Object object) {}

      @Override
      public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

      @Override
      public void showMessage(MessageParams messageParams) {}

      @Override
      public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
      }
    };
  }
}
