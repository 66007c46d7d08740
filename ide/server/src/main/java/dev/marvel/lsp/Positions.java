package dev.marvel.lsp;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions (0-based line, UTF-16 character) and ranges, to and from the char offsets of
 * {@link Span}s. Java strings count UTF-16 units too, so a column is a plain char difference.
 */
final class Positions {
  private Positions() {}

  static Position position(SourceFile file, int offset) {
    int clamped = Math.min(Math.max(0, offset), file.text().length());
    return new Position(file.line(clamped) - 1, file.column(clamped) - 1);
  }

  static Range range(SourceFile file, Span span) {
    return new Range(position(file, span.start()), position(file, span.end()));
  }

  static int offset(SourceFile file, Position p) {
    return OpenDocuments.offset(file.text(), p);
  }
}
