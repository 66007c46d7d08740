package dev.marvel.lsp;

import dev.marvel.compiler.FrontEnd;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open documents, each with its analysis of its latest text. Analysis runs when a document
 * opens or changes (files are small; a parse and check take milliseconds), so every request sees
 * the text the editor last sent.
 */
final class Workspace {
  private final FrontEnd frontEnd;
  private final OpenDocuments texts = new OpenDocuments();
  private final Map<String, AnalyzedDocument> analyzed = new ConcurrentHashMap<>();

  Workspace(FrontEnd frontEnd) {
    this.frontEnd = frontEnd;
  }

  FrontEnd frontEnd() {
    return frontEnd;
  }

  AnalyzedDocument open(String uri, int version, String text) {
    return store(texts.open(uri, version, text));
  }

  AnalyzedDocument change(String uri, int version, Iterable<org.eclipse.lsp4j.TextDocumentContentChangeEvent> changes) {
    return store(texts.change(uri, version, changes));
  }

  void close(String uri) {
    texts.close(uri);
    analyzed.remove(uri);
  }

  Optional<AnalyzedDocument> get(String uri) {
    return Optional.ofNullable(analyzed.get(uri));
  }

  private AnalyzedDocument store(OpenDocuments.Text text) {
    AnalyzedDocument doc = AnalyzedDocument.analyze(frontEnd, text.uri(), text.content());
    analyzed.put(text.uri(), doc);
    return doc;
  }
}
