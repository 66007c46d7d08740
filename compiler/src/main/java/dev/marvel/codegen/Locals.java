package dev.marvel.codegen;

import com.palantir.javapoet.NameAllocator;

/**
 * Names of the generated class's locals and fields. User column names become Java identifiers
 * only through {@link NameAllocator}, which makes any text a valid, unique identifier.
 */
final class Locals {
  private final NameAllocator names = new NameAllocator();
  private int counter;

  /** A fresh identifier suggested by a user's column name. */
  String named(String suggestion) {
    return names.newName(suggestion.isEmpty() ? "c" : suggestion);
  }

  /** A fresh temporary: {@code e1}, {@code e2}, … */
  String temp(String prefix) {
    return names.newName(prefix + (++counter));
  }
}
