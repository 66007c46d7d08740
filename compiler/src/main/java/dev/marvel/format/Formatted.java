package dev.marvel.format;

import dev.marvel.diag.Diagnostic;
import java.util.List;

/**
 * What {@link Formatter} made of a file: the formatted text, or — when the file has syntax errors
 * — the original text unchanged and the errors that stopped it ({@code refused}).
 */
public record Formatted(String original, String text, List<Diagnostic> diagnostics) {

  public Formatted {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when the file was left untouched because it could not be parsed cleanly. */
  public boolean refused() {
    return !diagnostics.isEmpty();
  }

  /** True when formatting changed the text. */
  public boolean changed() {
    return !text.equals(original);
  }
}
