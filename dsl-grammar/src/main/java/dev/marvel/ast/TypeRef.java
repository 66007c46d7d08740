package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;

/** A type as written: {@code int}, {@code date}, {@code list<string>}. Resolved by analysis. */
public record TypeRef(Ident name, List<TypeRef> args, Span span) implements Node {
  public TypeRef {
    args = List.copyOf(args);
  }
}
