package dev.marvel.ast;

import dev.marvel.source.Span;

/** A name as written, with where it was written. {@code ``quoted``} names arrive unquoted. */
public record Ident(String name, Span span) implements Node {
  /** Stands in for a name the parser had to invent while recovering from a syntax error. */
  public boolean isMissing() {
    return name.isEmpty();
  }
}
