package dev.marvel.lsp;

import dev.marvel.diag.Severity;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * The compiler's diagnostics of a document, as LSP diagnostics: same code, the message followed by
 * its help lines, the span as the range. A document without problems publishes an empty list,
 * which clears what the editor showed before.
 */
final class DiagnosticsProvider {

  PublishDiagnosticsParams diagnostics(AnalyzedDocument doc) {
    List<Diagnostic> list = doc.result().diagnostics().stream().map(d -> toLsp(doc, d)).toList();
    return new PublishDiagnosticsParams(doc.uri(), list);
  }

  private static Diagnostic toLsp(AnalyzedDocument doc, dev.marvel.diag.Diagnostic d) {
    StringBuilder message = new StringBuilder(d.message());
    for (String help : d.help()) {
      message.append("\nhelp: ").append(help);
    }
    Diagnostic out = new Diagnostic(Positions.range(doc.file(), d.span()), message.toString(), severity(d.severity()), "marvel");
    out.setCode(d.code());
    return out;
  }

  private static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR, BUG -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case NOTE -> DiagnosticSeverity.Information;
    };
  }
}
