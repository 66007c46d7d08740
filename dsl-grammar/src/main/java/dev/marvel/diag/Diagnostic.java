package dev.marvel.diag;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;

/**
 * One message about a program: a stable code ({@code E0301}), a severity, where it points, what
 * happened ({@code message}), an optional short label printed under the carets, and optional help
 * lines saying what to do. Diagnostics are data; {@link DiagnosticRenderer} turns them into text.
 */
public record Diagnostic(
    String code,
    Severity severity,
    SourceFile file,
    Span span,
    String message,
    String label,
    List<String> help) {

  public Diagnostic {
    help = List.copyOf(help);
    label = label == null ? "" : label;
  }

  public boolean isError() {
    return severity == Severity.ERROR || severity == Severity.BUG;
  }

  public int line() {
    return file.line(span.start());
  }

  public int column() {
    return file.column(span.start());
  }
}
