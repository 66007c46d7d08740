package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.types.Type;
import java.util.Optional;

/**
 * A pipeline parameter with its resolved type and default. Values (defaults and bound values) are
 * represented as Integer, Long, Double, Boolean, String (for string and path) and
 * {@link java.time.LocalDate}.
 */
public record PipelineParameter(String name, Type type, Optional<Object> defaultValue, Decl.Param declaration) {

  public boolean isRequired() {
    return declaration.defaultValue().isEmpty();
  }
}
