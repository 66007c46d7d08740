package dev.marvel.lsp;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.ast.Program;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.source.SourceFile;
import java.util.Optional;

/**
 * One version of an open document after the compiler's front end: its syntax tree (always, the
 * parser recovers from errors), its analysis (when it parsed cleanly; partial if analysis found
 * errors) and its names. Everything the providers answer from.
 */
final class AnalyzedDocument {
  private final String uri;
  private final FrontEnd.Result result;
  private SymbolTable symbols;

  AnalyzedDocument(String uri, FrontEnd.Result result) {
    this.uri = uri;
    this.result = result;
  }

  static AnalyzedDocument analyze(FrontEnd frontEnd, String uri, String text) {
    return new AnalyzedDocument(uri, frontEnd.check(new SourceFile(displayName(uri), text)));
  }

  /** The last path segment of the URI: diagnostics name the file as the user sees it. */
  private static String displayName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  String uri() {
    return uri;
  }

  SourceFile file() {
    return result.file();
  }

  FrontEnd.Result result() {
    return result;
  }

  Program program() {
    return result.program().orElseGet(() -> new Program(file(), java.util.List.of(), dev.marvel.source.Span.NONE));
  }

  Optional<AnalyzedProgram> analysis() {
    return result.analysis();
  }

  synchronized SymbolTable symbols() {
    if (symbols == null) {
      symbols = new SymbolTable(program(), analysis());
    }
    return symbols;
  }
}
