package dev.marvel.diag;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sink every phase reports into. A phase reports all its errors; the driver ({@code
 * Compilation}) stops between phases when {@link #hasErrors()}.
 */
public final class Diagnostics {
  /** Stops a pathological program from producing an unreadable wall of errors. */
  public static final int MAX_REPORTED = 200;

  private final List<Diagnostic> all = new ArrayList<>();
  private int dropped;

  public void report(Diagnostic d) {
    if (all.size() >= MAX_REPORTED) {
      dropped++;
      return;
    }
    all.add(d);
  }

  public void error(String code, SourceFile file, Span span, String message, String label, String... help) {
    report(new Diagnostic(code, Severity.ERROR, file, span, message, label, List.of(help)));
  }

  public void warning(String code, SourceFile file, Span span, String message, String label, String... help) {
    report(new Diagnostic(code, Severity.WARNING, file, span, message, label, List.of(help)));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count() + dropped;
  }

  public int warningCount() {
    return (int) all.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  /** Diagnostics that were not kept because {@link #MAX_REPORTED} was reached. */
  public int dropped() {
    return dropped;
  }

  /** In source order (file, then offset), then by code, so output is deterministic. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(Comparator.comparing((Diagnostic d) -> d.file().name())
        .thenComparingInt(d -> d.span().start())
        .thenComparing(Diagnostic::code));
    return copy;
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
