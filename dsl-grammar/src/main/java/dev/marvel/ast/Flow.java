package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;

/** A source followed by the operators it is piped through: {@code read text(p) | where ... | limit 3}. */
public record Flow(Source source, List<Operator> ops, Span span) implements Node {
  public Flow {
    ops = List.copyOf(ops);
  }
}
