package dev.marvel.diag;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;

/**
 * Renders diagnostics as text the way rustc does (docs/language.md shows the layout):
 *
 * <pre>
 * error[E0301]: unknown column `pagerank` in `r`
 *   --> bdb-join.mvl:9:46
 *    |
 *  9 |   best = join r, v on r.pageURL == v.destURL | where r.pagerank > 10
 *    |                                                      ^^^^^^^^^^ not a column of `r`
 *    |
 *    = help: did you mean `pageRank`?
 * </pre>
 *
 * A span over several lines shows its first line, underlined to the end. Tabs are shown as four
 * spaces so the carets stay under the text. ANSI colour only when asked for.
 */
public final class DiagnosticRenderer {
  static final String BUG_NOTE =
      "this is a bug in marvelc, please report it with the .mvl file that triggers it";
  private static final int TAB_WIDTH = 4;

  private final Style style;

  /** Plain text, no colour. */
  public DiagnosticRenderer() {
    this(false);
  }

  public DiagnosticRenderer(boolean color) {
    this.style = new Style(color);
  }

  /** All diagnostics in source order, each followed by a blank line, then the summary line (if any). */
  public String renderAll(Diagnostics diagnostics, String unitName) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics.sorted()) {
      out.append(render(d)).append('\n');
    }
    out.append(notShown(diagnostics.dropped()));
    String summary = summary(unitName, diagnostics.errorCount(), diagnostics.warningCount());
    if (!summary.isEmpty()) {
      out.append(summary).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code note: 3 more errors were not shown} and a blank line, for the diagnostics beyond
   * {@link Diagnostics#MAX_REPORTED}; nothing when none were dropped.
   */
  public String notShown(int dropped) {
    if (dropped == 0) {
      return "";
    }
    return style.note("note") + ": " + dropped + (dropped == 1 ? " more error was" : " more errors were")
        + " not shown\n\n";
  }

  /**
   * {@code error: could not check `x.mvl` due to 2 previous errors[; 1 warning emitted]}, or
   * {@code warning: 1 warning emitted}, or nothing when there is nothing to say.
   */
  public String summary(String unitName, int errors, int warnings) {
    String warned = warnings + (warnings == 1 ? " warning" : " warnings") + " emitted";
    if (errors > 0) {
      String text = "could not check `" + unitName + "` due to " + errors
          + (errors == 1 ? " previous error" : " previous errors") + (warnings > 0 ? "; " + warned : "");
      return style.header(Severity.ERROR, "error") + style.bold(": " + text);
    }
    if (warnings > 0) {
      return style.header(Severity.WARNING, "warning") + style.bold(": " + warned);
    }
    return "";
  }

  /** One diagnostic, ending with a newline. */
  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(header(d)).append('\n');
    SourceFile file = d.file();
    int line = d.line();
    String gutter = " ".repeat(Integer.toString(line).length() + 1);
    out.append(gutter).append(style.gutter("--> ")).append(file.name());
    if (!file.text().isEmpty()) {
      out.append(':').append(line).append(':').append(d.column());
    }
    out.append('\n');
    if (!file.text().isEmpty()) {
      snippet(out, d, line, gutter);
    }
    boolean notes = !d.help().isEmpty() || d.severity() == Severity.BUG;
    if (notes && !file.text().isEmpty()) {
      out.append(gutter).append(style.gutter(" |")).append('\n');
    }
    for (String help : d.help()) {
      out.append(gutter).append(style.gutter(" = ")).append(style.bold("help")).append(": ").append(help).append('\n');
    }
    if (d.severity() == Severity.BUG) {
      out.append(gutter).append(style.gutter(" = ")).append(style.bold("note")).append(": ").append(BUG_NOTE)
          .append('\n');
    }
    return out.toString();
  }

  private String header(Diagnostic d) {
    Severity severity = d.severity();
    String word = severity == Severity.BUG ? "error" : severity.label();
    String message = severity == Severity.BUG ? "internal compiler error: " + d.message() : d.message();
    return style.header(severity, word + "[" + d.code() + "]") + style.bold(": " + message);
  }

  private void snippet(StringBuilder out, Diagnostic d, int line, String gutter) {
    SourceFile file = d.file();
    String text = file.lineText(line);
    int lineStart = file.offset(line, 1);
    Span span = d.span();
    int from = Math.min(Math.max(span.start() - lineStart, 0), text.length());
    int to = Math.min(Math.max(span.end() - lineStart, from), text.length());
    int pad = width(text, 0, from);
    int carets = Math.max(1, width(text, from, to));
    String lineNumber = Integer.toString(line);
    out.append(gutter).append(style.gutter(" |")).append('\n');
    out.append(' ').append(style.gutter(lineNumber + " |"));
    String shown = text.replace("\t", " ".repeat(TAB_WIDTH));
    if (!shown.isEmpty()) {
      out.append(' ').append(shown);
    }
    out.append('\n');
    out.append(gutter).append(style.gutter(" |")).append(' ').append(" ".repeat(pad))
        .append(style.carets(d.severity(), "^".repeat(carets)));
    if (!d.label().isEmpty()) {
      out.append(' ').append(style.carets(d.severity(), d.label()));
    }
    out.append('\n');
  }

  /** Display columns of {@code text[from, to)}: a tab is four, a surrogate pair one. */
  private static int width(String text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        w += TAB_WIDTH;
      } else if (!Character.isLowSurrogate(c)) {
        w++;
      }
    }
    return w;
  }

  /** ANSI colours in rustc's scheme, or nothing. */
  private record Style(boolean color) {
    private static final String RESET = "\u001b[0m";

    String header(Severity severity, String text) {
      return paint(severity == Severity.WARNING ? "\u001b[1;33m" : severity == Severity.NOTE ? "\u001b[1;32m" : "\u001b[1;31m", text);
    }

    String carets(Severity severity, String text) {
      return header(severity, text);
    }

    String gutter(String text) {
      return paint("\u001b[1;34m", text);
    }

    String bold(String text) {
      return paint("\u001b[1m", text);
    }

    String note(String text) {
      return paint("\u001b[1;32m", text);
    }

    private String paint(String code, String text) {
      return color ? code + text + RESET : text;
    }
  }
}
