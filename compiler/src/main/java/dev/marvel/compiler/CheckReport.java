package dev.marvel.compiler;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import java.util.List;
import java.util.Locale;

/**
 * What {@code marvelc check} prints for checked files: rustc-style text (each diagnostic, then
 * a one-line summary) or one JSON document for tools. Past {@link
 * dev.marvel.diag.Diagnostics#MAX_REPORTED} errors are counted, not shown: both say how many.
 */
public final class CheckReport {
  private CheckReport() {}

  /** The diagnostics of one file, rendered like rustc, followed by its summary line; empty when there are none. */
  public static String text(FrontEnd.Result result) {
    return text(result, new DiagnosticRenderer());
  }

  /** As {@link #text(FrontEnd.Result)}, with the given renderer (e.g. one that colours). */
  public static String text(FrontEnd.Result result, DiagnosticRenderer renderer) {
    List<Diagnostic> diagnostics = result.diagnostics();
    if (diagnostics.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(renderer.render(d)).append('\n');
    }
    out.append(renderer.notShown(result.notShown()));
    int warnings = (int) diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    return out.append(renderer.summary(result.file().name(), result.errorCount(), warnings)).append('\n').toString();
  }

  /** One JSON document describing every diagnostic of every file, with totals. */
  public static String json(List<FrontEnd.Result> results) {
    JsonArray all = new JsonArray();
    int errors = 0;
    int warnings = 0;
    int notShown = 0;
    for (FrontEnd.Result r : results) {
      for (Diagnostic d : r.diagnostics()) {
        all.add(json(d));
        warnings += d.severity() == Severity.WARNING ? 1 : 0;
      }
      errors += r.errorCount();
      notShown += r.notShown();
    }
    JsonObject doc = new JsonObject();
    doc.addProperty("errors", errors);
    doc.addProperty("warnings", warnings);
    doc.addProperty("notShown", notShown);
    doc.add("diagnostics", all);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc);
  }

  /** A diagnostic as a JSON object; lines and columns are 1-based, the end is exclusive. */
  public static JsonObject json(Diagnostic d) {
    SourceFile f = d.file();
    JsonObject o = new JsonObject();
    o.addProperty("file", f.name());
    o.addProperty("code", d.code());
    o.addProperty("severity", d.severity() == Severity.BUG ? "bug" : d.severity().name().toLowerCase(Locale.ROOT));
    o.addProperty("message", d.message());
    o.addProperty("label", d.label());
    JsonArray help = new JsonArray();
    d.help().forEach(help::add);
    o.add("help", help);
    o.addProperty("line", f.line(d.span().start()));
    o.addProperty("column", f.column(d.span().start()));
    o.addProperty("endLine", f.line(d.span().end()));
    o.addProperty("endColumn", f.column(d.span().end()));
    o.addProperty("offset", d.span().start());
    o.addProperty("length", d.span().length());
    return o;
  }
}
