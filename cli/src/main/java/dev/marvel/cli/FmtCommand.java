package dev.marvel.cli;

import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Diagnostics;
import dev.marvel.format.Formatted;
import dev.marvel.format.Formatter;
import dev.marvel.source.SourceFile;
import dev.marvel.source.SourceLoader;
import dev.marvel.source.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marvelc fmt FILE… [--check]}: rewrites files in the canonical layout, or with
 * {@code --check} lists the files that are not in it. Exit 1 when a file is not formatted
 * ({@code --check}) or cannot be (unreadable, syntax errors — such files are never changed).
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = "Format .mvl files in place (2-space indent, one operator per line, comments kept).")
final class FmtCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .mvl files to format.")
  List<String> files = new ArrayList<>();

  @Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit 1 if there are any.")
  boolean check;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticRenderer renderer = new DiagnosticRenderer();
    List<String> unformatted = new ArrayList<>();
    boolean failed = false;
    for (String name : files) {
      Diagnostics loading = new Diagnostics();
      Optional<SourceFile> file = load(name, loading);
      if (file.isEmpty()) {
        err.print(renderer.renderAll(loading, name));
        failed = true;
        continue;
      }
      Formatted formatted = Formatter.format(file.get());
      if (formatted.refused()) {
        for (Diagnostic d : formatted.diagnostics()) {
          err.println(renderer.render(d));
        }
        err.println("error: could not format `" + name + "`: fix the errors above first (the file was left unchanged)");
        failed = true;
      } else if (formatted.changed()) {
        unformatted.add(name);
        if (check) {
          out.println(name);
        } else if (!write(name, formatted.text(), err)) {
          failed = true;
        } else {
          out.println("formatted " + name);
        }
      }
    }
    if (check && !unformatted.isEmpty()) {
      err.println("error: " + unformatted.size() + (unformatted.size() == 1 ? " file is" : " files are")
          + " not formatted; run `marvelc fmt FILE…` to format them");
    }
    out.flush();
    err.flush();
    return failed || (check && !unformatted.isEmpty()) ? 1 : 0;
  }

  private static Optional<SourceFile> load(String name, Diagnostics diagnostics) {
    try {
      return SourceLoader.load(Path.of(name), name, diagnostics);
    } catch (InvalidPathException e) {
      diagnostics.error("E0901", new SourceFile(name, ""), Span.NONE,
          "`" + name + "` is not a valid path", "", e.getReason());
      return Optional.empty();
    }
  }

  private static boolean write(String name, String text, PrintWriter err) {
    try {
      Files.writeString(Path.of(name), text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("error: could not write `" + name + "`: " + e.getMessage());
      err.println("  = help: check that the file is writable");
      return false;
    }
  }
}
