package dev.marvel.ast;

import dev.marvel.source.Span;

/** The statements of a pipeline body. */
public sealed interface Statement extends Node {

  /** {@code counts = read text(input) | ...}: names a dataset. */
  record Assign(Ident name, Flow value, Span span) implements Statement {}

  /** {@code write counts to tsv(output)}: a sink. */
  record Write(Ident dataset, Format format, Span span) implements Statement {}
}
