package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;

/**
 * A file format with its path and options, as in {@code csv(input, header = true, delimiter = ";")}.
 * Used by {@code read} and {@code write}; {@code name} is text, csv or tsv.
 */
public record Format(Ident name, Expr path, List<NamedArg> options, Span span) implements Node {
  public Format {
    options = List.copyOf(options);
  }

  /** {@code header = true} */
  public record NamedArg(Ident name, Expr value, Span span) implements Node {}
}
