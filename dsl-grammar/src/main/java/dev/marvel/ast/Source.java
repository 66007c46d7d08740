package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;
import java.util.Optional;

/** Where a flow's rows come from. */
public sealed interface Source extends Node {

  /** {@code read csv(path) as Rankings}; text sources have no schema clause. */
  record Read(Format format, Optional<SchemaRef> schema, Span span) implements Source {}

  /** Another dataset of the same pipeline, by name. */
  record DatasetRef(Ident name, Span span) implements Source {}

  /** {@code join [inner|left|right|full] r, broadcast v on r.pageURL == v.destURL} */
  record Join(JoinKind kind, JoinSide left, JoinSide right, Expr condition, Span span) implements Source {}

  /** {@code union a, b, c}: rows of all inputs, which must have the same column names and types. */
  record Union(List<Ident> inputs, Span span) implements Source {
    public Union {
      inputs = List.copyOf(inputs);
    }
  }

  enum JoinKind {
    INNER, LEFT, RIGHT, FULL
  }

  /**
   * One input of a join: a dataset, the name its columns are qualified with in the rest of the
   * flow ({@code as a}, else the dataset's name), and whether the user asked to broadcast it.
   */
  record JoinSide(Ident dataset, Optional<Ident> alias, boolean broadcast, Span span) implements Node {
    public Ident qualifier() {
      return alias.orElse(dataset);
    }
  }

  /** {@code as Rankings} or {@code as (pageURL: string, pageRank: int)}. */
  sealed interface SchemaRef extends Node {}

  record NamedSchema(Ident name, Span span) implements SchemaRef {}

  record InlineSchema(List<Decl.Field> fields, Span span) implements SchemaRef {
    public InlineSchema {
      fields = List.copyOf(fields);
    }
  }
}
