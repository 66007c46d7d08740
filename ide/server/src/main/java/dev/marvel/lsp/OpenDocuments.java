package dev.marvel.lsp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The text of every document the editor has open, kept in step with its (incremental) edits. */
final class OpenDocuments {

  /** A document's text at one version. */
  record Text(String uri, int version, String content) {}

  private final Map<String, Text> documents = new ConcurrentHashMap<>();

  Text open(String uri, int version, String content) {
    Text t = new Text(uri, version, content);
    documents.put(uri, t);
    return t;
  }

  /** Applies the edits in order; an edit without a range replaces the whole text. */
  Text change(String uri, int version, Iterable<TextDocumentContentChangeEvent> changes) {
    String content = documents.containsKey(uri) ? documents.get(uri).content() : "";
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        content = change.getText();
      } else {
        int start = offset(content, change.getRange().getStart());
        int end = Math.max(start, offset(content, change.getRange().getEnd()));
        content = content.substring(0, start) + change.getText() + content.substring(end);
      }
    }
    return open(uri, version, content);
  }

  void close(String uri) {
    documents.remove(uri);
  }

  Optional<Text> get(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /**
   * The char offset of an LSP position (line and UTF-16 character, both 0-based), clamped to the
   * text: editors may send positions past a line's end while the user types.
   */
  static int offset(String text, Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine() && i < text.length()) {
      if (text.charAt(i++) == '\n') {
        line++;
      }
    }
    if (line < p.getLine()) {
      return text.length();
    }
    int lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    return Math.min(i + Math.max(0, p.getCharacter()), lineEnd);
  }
}
