package dev.marvel.analysis;

import dev.marvel.types.Column;
import dev.marvel.types.Type;

/** What an {@code Expr.Name} refers to. */
public sealed interface NameBinding {

  Type type();

  /**
   * A column of the schema the expression is evaluated against: the input of its operator, or for
   * a join condition the left side's columns followed by the right side's.
   */
  record ColumnRef(int index, Column column) implements NameBinding {
    @Override
    public Type type() {
      return column.type();
    }
  }

  /** A parameter of the enclosing pipeline. */
  record ParamRef(PipelineParameter parameter) implements NameBinding {
    @Override
    public Type type() {
      return parameter.type();
    }
  }
}
