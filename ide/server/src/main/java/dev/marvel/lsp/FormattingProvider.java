package dev.marvel.lsp;

import dev.marvel.format.Formatted;
import dev.marvel.format.Formatter;
import dev.marvel.source.Span;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/**
 * Format Document with the canonical {@link Formatter}: one edit replacing the whole text, none when
 * it is formatted already or has syntax errors (those are shown as diagnostics; the text is left alone).
 */
final class FormattingProvider {

  List<TextEdit> format(AnalyzedDocument doc) {
    Formatted f = Formatter.format(doc.file());
    if (f.refused() || !f.changed()) {
      return List.of();
    }
    return List.of(new TextEdit(Positions.range(doc.file(), new Span(0, doc.file().text().length())), f.text()));
  }
}
