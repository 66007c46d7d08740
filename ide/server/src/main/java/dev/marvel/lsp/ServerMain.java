package dev.marvel.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the Marvel language server on stdin/stdout, as editors launch it ({@code java -jar …}). */
public final class ServerMain {

  private ServerMain() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    InputStream in = System.in;
    PrintStream out = System.out;
    // stdout carries the protocol: anything else printed there would corrupt it.
    System.setOut(System.err);
    MarvelLanguageServer server = new MarvelLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    launcher.startListening().get();
  }
}
