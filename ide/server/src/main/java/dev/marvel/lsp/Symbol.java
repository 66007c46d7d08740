package dev.marvel.lsp;

import dev.marvel.source.Span;

/**
 * One place a name of the program appears: a dataset or parameter of a pipeline (scope is the
 * pipeline's index), or a schema (scope -1). Definition, references and rename are lookups of
 * occurrences with the same kind, scope and name.
 */
record Symbol(Kind kind, int scope, String name, Span span, boolean declaration) {

  enum Kind { DATASET, PARAMETER, SCHEMA }

  boolean sameSymbol(Symbol other) {
    return kind == other.kind && scope == other.scope && name.equals(other.name);
  }
}
