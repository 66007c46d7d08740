package dev.marvel.ast;

import dev.marvel.source.Span;

/**
 * Every AST node: immutable, with the span of source it came from. Records compare by value, so
 * analysis results are kept in side tables keyed by identity ({@code IdentityHashMap}), never on
 * the nodes.
 */
public interface Node {
  Span span();
}
