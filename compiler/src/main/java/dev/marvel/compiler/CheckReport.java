package dev.marvel.compiler;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import java.util.List;
import java.util.Locale;

/**
 * What {@code marvelc check} prints for checked files: rustc-style text (each diagnostic, then
 * a one-line summary) or one JSON document for tools.
 */
public final class CheckReport {
  private CheckReport() {}

  /** The diagnostics of one file followed by its summary line; empty when there are none. */
  public static String text(FrontEnd.Result result) {
    List<Diagnostic> diagnostics = result.diagnostics();
    if (diagnostics.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(render(d)).append('\n');
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors > 0) {
      out.append("error: could not check `").append(result.file().name()).append("` due to ")
          .append(plural(errors, "previous error"));
      if (warnings > 0) {
        out.append("; ").append(plural(warnings, "warning")).append(" emitted");
      }
      out.append('\n');
    } else {
      out.append("warning: ").append(plural(warnings, "warning")).append(" emitted\n");
    }
    return out.toString();
  }

  /** One JSON document describing every diagnostic of every file, with totals. */
  public static String json(List<FrontEnd.Result> results) {
    JsonArray all = new JsonArray();
    int errors = 0;
    int warnings = 0;
    for (FrontEnd.Result r : results) {
      for (Diagnostic d : r.diagnostics()) {
        all.add(json(d));
        errors += d.isError() ? 1 : 0;
        warnings += d.severity() == Severity.WARNING ? 1 : 0;
      }
    }
    JsonObject doc = new JsonObject();
    doc.addProperty("errors", errors);
    doc.addProperty("warnings", warnings);
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

  private static String render(Diagnostic d) {
    SourceFile f = d.file();
    StringBuilder b = new StringBuilder();
    b.append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
    int line = d.line();
    String number = String.valueOf(line);
    String pad = " ".repeat(number.length());
    b.append(pad).append("--> ").append(f.name()).append(':').append(line).append(':').append(d.column()).append('\n');
    b.append(pad).append(" |\n");
    String text = f.lineText(line);
    b.append(number).append(" | ").append(text).append('\n');
    int col = d.column() - 1;
    int width = Math.max(1, Math.min(d.span().length(), text.length() - col));
    b.append(pad).append(" | ").append(" ".repeat(Math.max(0, col))).append("^".repeat(width));
    if (!d.label().isEmpty()) {
      b.append(' ').append(d.label());
    }
    b.append('\n');
    if (!d.help().isEmpty()) {
      b.append(pad).append(" |\n");
      d.help().forEach(h -> b.append(pad).append(" = help: ").append(h).append('\n'));
    }
    return b.toString();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
